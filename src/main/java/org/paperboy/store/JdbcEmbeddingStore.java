package org.paperboy.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JDBC embedding cache in the {@code embedding} table of a store's {@link Database}.
 * Thread-safe: every call borrows a pooled connection. Does not own the database.
 */
final class JdbcEmbeddingStore implements EmbeddingStore {
  /** Keys per IN (…) lookup: well below SQLite's bound-parameter limit. */
  static final int KEYS_PER_QUERY = 500;

  private final Database db;

  JdbcEmbeddingStore(Database db) {
    this.db = db;
  }

  @Override
  public Map<String, float[]> get(String modelId, Collection<String> textHashes) {
    Map<String, float[]> found = new HashMap<>();
    lookup(modelId, textHashes, "vector", rs -> found.put(rs.getString(1), decode(rs.getBytes(2))));
    return found;
  }

  @Override
  public Set<String> present(String modelId, Collection<String> textHashes) {
    Set<String> found = new HashSet<>();
    lookup(modelId, textHashes, "dims", rs -> found.add(rs.getString(1)));
    return found;
  }

  @FunctionalInterface
  private interface Row {
    void accept(ResultSet rs) throws SQLException;
  }

  private void lookup(String modelId, Collection<String> textHashes, String column, Row row) {
    List<String> keys = new ArrayList<>(textHashes);
    try (Connection c = db.connection()) {
      for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
        List<String> chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY));
        String sql =
            "SELECT text_sha256, "
                + column
                + " FROM embedding WHERE model_id = ? AND text_sha256 IN ("
                + String.join(",", Collections.nCopies(chunk.size(), "?"))
                + ")";
        try (PreparedStatement st = c.prepareStatement(sql)) {
          st.setString(1, modelId);
          for (int i = 0; i < chunk.size(); i++) {
            st.setString(i + 2, chunk.get(i));
          }
          try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
              row.accept(rs);
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read embeddings of " + modelId, e);
    }
  }

  @Override
  public void put(String modelId, Map<String, float[]> vectorsByTextHash) {
    write(
        "cannot store " + vectorsByTextHash.size() + " embeddings of " + modelId,
        "INSERT OR REPLACE INTO embedding (model_id, text_sha256, dims, vector) VALUES (?, ?, ?, ?)",
        st -> {
          for (Map.Entry<String, float[]> e : vectorsByTextHash.entrySet()) {
            st.setString(1, modelId);
            st.setString(2, e.getKey());
            st.setInt(3, e.getValue().length);
            st.setBytes(4, encode(e.getValue()));
            st.addBatch();
          }
        });
  }

  @Override
  public void delete(String modelId, Collection<String> textHashes) {
    write(
        "cannot delete embeddings of " + modelId,
        "DELETE FROM embedding WHERE model_id = ? AND text_sha256 = ?",
        st -> {
          for (String hash : textHashes) {
            st.setString(1, modelId);
            st.setString(2, hash);
            st.addBatch();
          }
        });
  }

  @Override
  public long count(String modelId) {
    try (Connection c = db.connection();
        PreparedStatement st =
            c.prepareStatement("SELECT COUNT(*) FROM embedding WHERE model_id = ?")) {
      st.setString(1, modelId);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count embeddings of " + modelId, e);
    }
  }

  @FunctionalInterface
  private interface Batch {
    void fill(PreparedStatement st) throws SQLException;
  }

  private void write(String failure, String sql, Batch batch) {
    try (Connection c = db.connection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try (PreparedStatement st = c.prepareStatement(sql)) {
        batch.fill(st);
        st.executeBatch();
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new StoreException(failure, e);
    }
  }

  static byte[] encode(float[] vector) {
    ByteBuffer buf = ByteBuffer.allocate(4 * vector.length).order(ByteOrder.LITTLE_ENDIAN);
    buf.asFloatBuffer().put(vector);
    return buf.array();
  }

  static float[] decode(byte[] blob) {
    if (blob.length % 4 != 0) {
      throw new StoreException("embedding blob of " + blob.length + " bytes is not float32");
    }
    float[] vector = new float[blob.length / 4];
    ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
    return vector;
  }
}
