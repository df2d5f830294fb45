package org.paperboy.harvest;

import java.util.List;

/**
 * One ListRecords response.
 *
 * @param responseDate the repository's clock when it answered
 * @param records the records on this page, in order
 * @param resumptionToken the token for the next page, or null on the last page
 * @param completeListSize the size of the whole list when the repository says, else null
 */
record OaiPmhPage(
    String responseDate, List<XmlNode> records, String resumptionToken, Long completeListSize) {
  OaiPmhPage {
    records = List.copyOf(records);
    resumptionToken =
        resumptionToken == null || resumptionToken.isBlank() ? null : resumptionToken.strip();
  }
}
