package org.migplan.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonDocumentsTest {
  @Test
  void keepsInsertionOrderAndIndentsWithTwoSpaces() {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("model", "constituents.BMParliamentMember");
    document.put("row_count", 20000);
    document.put("tables", List.of("b", "a"));
    assertThat(JsonDocuments.write(document))
        .isEqualTo(
            "{\n"
                + "  \"model\" : \"constituents.BMParliamentMember\",\n"
                + "  \"row_count\" : 20000,\n"
                + "  \"tables\" : [\n"
                + "    \"b\",\n"
                + "    \"a\"\n"
                + "  ]\n"
                + "}\n");
  }
}
