package org.paperboy.harvest;

import java.util.List;

/** Hand-written OAI-PMH responses in arXiv's shape (arXivRaw), for harvester tests. */
final class OaiFixtures {
  private OaiFixtures() {}

  static String record(String id, String title, String... versionDates) {
    StringBuilder versions = new StringBuilder();
    for (int i = 0; i < versionDates.length; i++) {
      versions
          .append("<version version=\"v")
          .append(i + 1)
          .append("\"><date>")
          .append(versionDates[i])
          .append("</date><size>10kb</size></version>");
    }
    return "<record><header><identifier>oai:arXiv.org:"
        + id
        + "</identifier><datestamp>2025-01-0"
        + versionDates.length
        + "</datestamp><setSpec>cs</setSpec></header><metadata>"
        + "<arXivRaw xmlns=\"http://arxiv.org/OAI/arXivRaw/\"><id>"
        + id
        + "</id>"
        + versions
        + "<title>"
        + title
        + "\n  continued</title><authors>Ada Lovelace, Alan M. Turing, and Grace Hopper</authors>"
        + "<categories>cs.LG cs.CL 68T05</categories><comments>8 pages</comments>"
        + "<doi>10.1000/xyz"
        + id.replace(".", "")
        + " 10.1000/erratum</doi>"
        + "<abstract>  We study $\\alpha$-things\nwith care &amp; rigour.\n</abstract></arXivRaw></metadata></record>";
  }

  static String deleted(String id) {
    return "<record><header status=\"deleted\"><identifier>oai:arXiv.org:"
        + id
        + "</identifier><datestamp>2025-01-02</datestamp></header></record>";
  }

  static String page(List<String> records, String token, Integer completeListSize) {
    String resumption =
        token == null
            ? "<resumptionToken completeListSize=\"" + completeListSize + "\" cursor=\"4\"/>"
            : "<resumptionToken cursor=\"0\" completeListSize=\""
                + completeListSize
                + "\">"
                + token
                + "</resumptionToken>";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
        + "<responseDate>2025-01-10T10:00:00Z</responseDate><request verb=\"ListRecords\">http://x/oai</request>"
        + "<ListRecords>"
        + String.join("\n", records)
        + resumption
        + "</ListRecords></OAI-PMH>";
  }

  static String error(String code, String message) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
        + "<responseDate>2025-01-10T10:00:00Z</responseDate><request verb=\"ListRecords\">http://x/oai</request>"
        + "<error code=\""
        + code
        + "\">"
        + message
        + "</error></OAI-PMH>";
  }
}
