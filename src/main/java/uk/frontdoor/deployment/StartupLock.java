package uk.frontdoor.deployment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One node at a time sets up the shared database: Flyway's migrations, Camunda's schema creation,
 * the seeded users, groups and filters, and the deployment of {@code processes/}. Two nodes started
 * at the same moment on an empty PostgreSQL would otherwise both create Camunda's tables (one dies
 * on a duplicate type name) or both deploy a new version of a changed model.
 *
 * <p>A PostgreSQL session advisory lock is taken just before Flyway migrates (the engine is built
 * only after that, see {@link EngineAfterMigrations}) and released once every singleton bean,
 * the deployment included, is ready. A node that dies holding it frees it with its connection.
 * H2 is one node's own file: nothing to do.
 */
@Configuration(proxyBeanMethods = false)
class StartupLock implements SmartInitializingSingleton, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
  /** Any fixed number, the same on every node: the bytes of "FrontDor". */
  static final long KEY = 0x46726f6e74446f72L;

  private final DataSource dataSource;
  private Connection held;

  StartupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Bean
  FlywayMigrationStrategy migrateOneNodeAtATime() {
    return flyway -> {
      acquire();
      flyway.migrate();
    };
  }

  synchronized void acquire() {
    try {
      held = dataSource.getConnection();
      if (!"PostgreSQL".equals(held.getMetaData().getDatabaseProductName())) {
        held.close();
        held = null;
        return;
      }
      held.setAutoCommit(true);
      if (!Boolean.TRUE.equals(call(held, "select pg_try_advisory_lock(?)"))) {
        log.info("Another node is setting up the database; waiting for it to finish");
        call(held, "select pg_advisory_lock(?)");
      }
    } catch (SQLException e) {
      release();
      throw new IllegalStateException("Could not take the database set-up lock: " + e.getMessage(), e);
    }
  }

  @Override
  public void afterSingletonsInstantiated() {
    release();
  }

  @Override
  public void destroy() {
    release();
  }

  private synchronized void release() {
    if (held == null) {
      return;
    }
    Connection connection = held;
    held = null;
    try (connection) {
      call(connection, "select pg_advisory_unlock(?)");
    } catch (SQLException e) {
      // the lock belongs to the session: end it rather than hand it back to the pool still locked
      log.warn("Could not release the database set-up lock: {}", e.getMessage());
      try {
        connection.abort(Runnable::run);
      } catch (SQLException ignored) {
        // already gone, and the lock with it
      }
    }
  }

  private static Object call(Connection connection, String query) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setLong(1, KEY);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getObject(1);
      }
    }
  }
}
