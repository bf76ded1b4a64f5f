package uk.frontdoor.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * What the benchmark reads from inside a side: SQL statements run (a counting proxy around the
 * DataSource), heap used, where the request and job threads spend their time (thread samples), and,
 * on Front Door, the records a contact left. Registered programmatically by {@link SideLauncher}:
 * no annotation, so the service's component scan never finds it.
 */
final class Probe implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** A statement is one execute or one batched row: executeBatch itself adds nothing. */
  private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
      "executeLargeUpdate", "addBatch");

  private final LongAdder statements = new LongAdder();
  /** Statements by kind: verb and first table, e.g. "select act_id_user". */
  private final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();
  private final AtomicReference<DataSource> uncounted = new AtomicReference<>();
  private final AtomicReference<ThreadSampler> sampler = new AtomicReference<>();

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource dataSource && uncounted.compareAndSet(null, dataSource)) {
          return counting(dataSource);
        }
        return bean;
      }
    });
    ((GenericApplicationContext) context).registerBean("benchmarkProbeRoutes", RouterFunction.class, this::routes);
  }

  private RouterFunction<ServerResponse> routes() {
    return RouterFunctions.route()
        .GET("/benchmark/stats", request -> {
          if (request.param("gc").isPresent()) {
            System.gc();
          }
          Map<String, Long> kinds = new TreeMap<>();
          byKind.forEach((kind, count) -> kinds.put(kind, count.sum()));
          return ServerResponse.ok().body(Map.of("statements", statements.sum(), "byKind", kinds,
              "heapUsed", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()));
        })
        .POST("/benchmark/checkpoint", request -> {
          JdbcTemplate jdbc = new JdbcTemplate(uncounted.get());
          if (jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getURL()).startsWith("jdbc:h2:")) {
            jdbc.execute("checkpoint sync");
          }
          return ServerResponse.noContent().build();
        })
        .POST("/benchmark/profile/start", request -> {
          ThreadSampler started = new ThreadSampler();
          ThreadSampler previous = sampler.getAndSet(started);
          if (previous != null) {
            previous.stop();
          }
          started.start();
          return ServerResponse.noContent().build();
        })
        .POST("/benchmark/profile/stop", request -> ServerResponse.ok().body(sampler.getAndSet(null).stop()))
        .GET("/benchmark/contact/{id}", request -> ServerResponse.ok().body(
            contactRecords(UUID.fromString(request.pathVariable("id")))))
        .build();
  }

  /** What a closed journey of Front Door leaves in the service's own tables. */
  private Map<String, Object> contactRecords(UUID contact) {
    JdbcTemplate jdbc = new JdbcTemplate(uncounted.get());
    Map<String, Object> records = new LinkedHashMap<>();
    records.put("closed", jdbc.queryForObject("select count(*) from contact where id = ? and closed_at is not null",
        Long.class, contact));
    records.put("children", jdbc.queryForObject("select count(*) from contact_child where contact_id = ?",
        Long.class, contact));
    records.put("outcomes", jdbc.queryForObject("select count(*) from child_outcome where contact_id = ?",
        Long.class, contact));
    records.put("approvedOversight", jdbc.queryForObject(
        "select count(*) from oversight_record where contact_id = ? and approved", Long.class, contact));
    records.put("agencyChecks", jdbc.queryForObject("select count(*) from mash_check where contact_id = ?",
        Long.class, contact));
    return records;
  }

  private DataSource counting(DataSource target) {
    return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {DataSource.class, AutoCloseable.class}, (proxy, method, args) -> {
          if (method.getDeclaringClass() == AutoCloseable.class) {
            if (target instanceof AutoCloseable closeable) {
              closeable.close();
            }
            return null;
          }
          Object result = invoke(target, method, args);
          return result instanceof Connection connection ? wrap(connection, Connection.class, this::countingStatements)
              : result;
        });
  }

  private InvocationHandler countingStatements(Object connection) {
    return (proxy, method, args) -> {
      Object result = invoke(connection, method, args);
      if (result instanceof Statement && method.getReturnType().isInterface()) {
        String prepared = args != null && args.length > 0 && args[0] instanceof String sql ? kind(sql) : null;
        return wrap(result, method.getReturnType(), statement -> (p, m, a) -> {
          if (EXECUTIONS.contains(m.getName())) {
            statements.increment();
            String kind = prepared != null ? prepared : a != null && a.length > 0 ? kind(String.valueOf(a[0])) : "other";
            byKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
          }
          return invoke(statement, m, a);
        });
      }
      return result;
    };
  }

  /** The verb and the first table a statement names: "select act_ru_task", "insert act_hi_varinst". */
  static String kind(String sql) {
    String[] words = sql.trim().toLowerCase(Locale.ROOT).split("[\\s(),]+");
    String verb = words[0];
    String before = switch (verb) {
      case "insert" -> "into";
      case "update" -> "update";
      default -> "from";
    };
    for (int i = 0; i < words.length - 1; i++) {
      if (words[i].equals(before)) {
        return verb + " " + words[i + 1];
      }
    }
    return verb;
  }

  private static Object wrap(Object target, Class<?> type, java.util.function.Function<Object, InvocationHandler> handler) {
    return Proxy.newProxyInstance(Probe.class.getClassLoader(), new Class<?>[] {type}, handler.apply(target));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /**
   * Samples the stacks of busy request and job threads every 20 ms and counts, per layer, the
   * samples that have that layer anywhere on the stack (so the shares overlap).
   */
  private static final class ThreadSampler implements Runnable {

    private static final Map<String, Predicate<StackTraceElement[]>> LAYERS = layers();

    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Thread thread = new Thread(this, "benchmark-thread-sampler");
    private volatile boolean running = true;
    private long samples;

    private static Map<String, Predicate<StackTraceElement[]>> layers() {
      Map<String, Predicate<StackTraceElement[]>> layers = new LinkedHashMap<>();
      layers.put("H2", below("org.h2."));
      layers.put("PostgreSQL driver", below("org.postgresql."));
      layers.put("MyBatis", below("org.apache.ibatis."));
      layers.put("Camunda engine", below("org.camunda.bpm.engine.impl."));
      layers.put("Camunda REST", below("org.camunda.bpm.engine.rest."));
      layers.put("REST authentication", ThreadSampler::authenticating);
      layers.put("JSON (Jackson, Spin)", below("com.fasterxml.jackson.", "org.camunda.spin."));
      layers.put("Front Door's own code", below("uk.frontdoor."));
      layers.put("Front Door's language checks", below("uk.frontdoor.language."));
      return layers;
    }

    /** Samples with a frame of one of these packages anywhere on the stack (the probe's own frames aside). */
    private static Predicate<StackTraceElement[]> below(String... prefixes) {
      return stack -> {
        for (StackTraceElement frame : stack) {
          String name = frame.getClassName();
          if (!name.startsWith("uk.frontdoor.benchmark.") && Arrays.stream(prefixes).anyMatch(name::startsWith)) {
            return true;
          }
        }
        return false;
      };
    }

    /**
     * Inside the authentication filter's own work, not further down the filter chain that it
     * passes every request on to.
     */
    private static boolean authenticating(StackTraceElement[] stack) {
      for (StackTraceElement frame : stack) {
        if (frame.getClassName().equals(ProcessEngineAuthenticationFilter.class.getName())) {
          return true;
        }
        if (frame.getClassName().equals("org.apache.catalina.core.ApplicationFilterChain")) {
          return false;
        }
      }
      return false;
    }

    void start() {
      thread.setDaemon(true);
      thread.start();
    }

    @Override
    public void run() {
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      while (running) {
        for (ThreadInfo info : threads.dumpAllThreads(false, false)) {
          if (info.getThreadState() == Thread.State.RUNNABLE && busy(info.getThreadName())) {
            count(info.getStackTrace());
          }
        }
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    private static boolean busy(String name) {
      return name.startsWith("http-nio-") && name.contains("exec") || name.startsWith("camundaTaskExecutor")
          || name.contains("JobExecutor");
    }

    private synchronized void count(StackTraceElement[] stack) {
      samples++;
      LAYERS.forEach((layer, onStack) -> {
        if (onStack.test(stack)) {
          counts.merge(layer, 1L, Long::sum);
        }
      });
    }

    synchronized Map<String, Object> stop() {
      running = false;
      thread.interrupt();
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("samples", samples);
      result.putAll(counts);
      return result;
    }
  }
}
