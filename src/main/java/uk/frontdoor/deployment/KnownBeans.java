package uk.frontdoor.deployment;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

/**
 * The named beans a model's expressions may call. At start-up these are the running service's
 * beans; the command and the build find the same {@code @Component}s on the class path without
 * starting anything.
 */
interface KnownBeans {

  /** Whether a bean of this name exists. */
  boolean exists(String name);

  /** The bean's class, or empty when it exists but its class cannot be told before it is made. */
  Optional<Class<?>> type(String name);

  static KnownBeans of(ListableBeanFactory beans) {
    return new KnownBeans() {
      @Override
      public boolean exists(String name) {
        return beans.containsBean(name);
      }

      @Override
      public Optional<Class<?>> type(String name) {
        return Optional.ofNullable(beans.getType(name, false));
      }
    };
  }

  /** The components below {@code basePackage}, named as Spring would name them. */
  static KnownBeans scanned(String basePackage) {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
    SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    ClassLoader loader = KnownBeans.class.getClassLoader();
    Map<String, Class<?>> types = new HashMap<>();
    for (BeanDefinition definition : scanner.findCandidateComponents(basePackage)) {
      String name = AnnotationBeanNameGenerator.INSTANCE.generateBeanName(definition, registry);
      types.put(name, ClassUtils.resolveClassName(definition.getBeanClassName(), loader));
    }
    return new KnownBeans() {
      @Override
      public boolean exists(String name) {
        return types.containsKey(name);
      }

      @Override
      public Optional<Class<?>> type(String name) {
        return Optional.ofNullable(types.get(name));
      }
    };
  }
}
