package org.paperboy.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The connection pool and schema of one store. Creating it migrates the schema to the latest
 * version.
 *
 * <p>Thread-safe. Close it once to release the pool.
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource dataSource;

  private Database(HikariDataSource dataSource, String migrations) {
    this.dataSource = dataSource;
    Flyway.configure().dataSource(dataSource).locations(migrations).load().migrate();
  }

  /** An embedded SQLite database in {@code dir/paperboy.db}, created when missing. */
  public static Database sqlite(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("cannot create data directory " + dir, e);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:sqlite:" + dir.resolve("paperboy.db").toAbsolutePath());
    config.setPoolName("paperboy-sqlite");
    // WAL lets readers (web requests) run while an ingest writes; one writer at a time, others
    // wait.
    config.addDataSourceProperty("journal_mode", "WAL");
    config.addDataSourceProperty("synchronous", "NORMAL");
    config.addDataSourceProperty("foreign_keys", "true");
    config.addDataSourceProperty("busy_timeout", "30000");
    config.addDataSourceProperty("cache_size", "-65536");
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(1);
    return new Database(new HikariDataSource(config), "classpath:db/migration/sqlite");
  }

  DataSource dataSource() {
    return dataSource;
  }

  Connection connection() {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw new StoreException("cannot open a database connection", e);
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
