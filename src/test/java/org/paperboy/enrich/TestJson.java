package org.paperboy.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.paperboy.Fixtures;

/** Reads the hand-written JSON fixtures under src/test/resources. */
final class TestJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestJson() {}

  static String text(String resource) {
    try {
      return Files.readString(Fixtures.resource(resource));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static JsonNode read(String resource) {
    try {
      return JSON.readTree(text(resource));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse " + resource, e);
    }
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse " + json, e);
    }
  }
}
