package org.paperboy.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Loads recorded HTTP exchanges from the shared fixtures: VCR-style YAML cassettes ({@code
 * interactions[].request/response}) and arXiv API recordings ({@code {url, status_code, body}}).
 * Bodies recorded gzip-compressed are served decompressed.
 *
 * <p>Cassettes come in two dialects: vcrpy's ({@code response.body.string}, {@code
 * response.status.code}; bodies may be gzip bytes as a YAML {@code !!binary} scalar) and the one
 * written for httpx ({@code response.content}, {@code response.status_code}). Reading only the
 * first would serve the second as an empty 200.
 */
public final class Cassettes {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private Cassettes() {}

  /** One recorded exchange. */
  public record Exchange(String method, String url, ReplayServer.Response response) {}

  /** Every interaction of a VCR YAML cassette, in order. */
  public static List<Exchange> vcr(Path yaml) {
    try {
      JsonNode root = YAML.readTree(yaml.toFile());
      List<Exchange> out = new ArrayList<>();
      for (JsonNode i : root.path("interactions")) {
        JsonNode response = i.path("response");
        Map<String, String> headers = new LinkedHashMap<>();
        boolean gzip = false;
        for (var h : response.path("headers").properties()) {
          String name = h.getKey();
          String value =
              h.getValue().isArray() ? h.getValue().path(0).asText() : h.getValue().asText();
          if (name.equalsIgnoreCase("content-encoding")) {
            gzip = value.toLowerCase(Locale.ROOT).contains("gzip");
            continue; // served decompressed
          }
          if (name.equalsIgnoreCase("content-type") || name.equalsIgnoreCase("retry-after")) {
            headers.put(name, value);
          }
        }
        JsonNode body = body(response);
        byte[] bytes =
            body.isBinary() ? body.binaryValue() : body.asText().getBytes(StandardCharsets.UTF_8);
        if (gzip && bytes.length > 1 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
          try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            bytes = in.readAllBytes();
          }
        }
        int status = status(response, yaml);
        out.add(
            new Exchange(
                i.path("request").path("method").asText("GET"),
                i.path("request").path("uri").asText(),
                new ReplayServer.Response(status, headers, bytes)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cassette " + yaml, e);
    }
  }

  private static JsonNode body(JsonNode response) {
    return response.has("content")
        ? response.path("content")
        : response.path("body").path("string");
  }

  private static int status(JsonNode response, Path cassette) {
    JsonNode status =
        response.has("status_code")
            ? response.path("status_code")
            : response.path("status").path("code");
    if (!status.canConvertToInt()) {
      throw new IllegalArgumentException("no response status in cassette " + cassette);
    }
    return status.asInt();
  }

  /** An arXiv API recording: {@code {"url": …, "status_code": …, "body": "<feed …>"}}. */
  public static Exchange arxivAtom(Path json) {
    try {
      JsonNode n = JSON.readTree(Files.readAllBytes(json));
      return new Exchange(
          "GET",
          n.path("url").asText(),
          new ReplayServer.Response(
              n.path("status_code").asInt(),
              Map.of("Content-Type", "application/atom+xml; charset=utf-8"),
              n.path("body").asText().getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read recording " + json, e);
    }
  }

  /** Registers every exchange with the server. */
  public static void replay(ReplayServer server, List<Exchange> exchanges) {
    for (Exchange e : exchanges) {
      server.on(e.method(), e.url(), e.response());
    }
  }
}
