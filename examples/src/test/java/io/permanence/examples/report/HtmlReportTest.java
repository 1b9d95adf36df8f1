package io.permanence.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private static final String PAGE = ReportFixture.page();

  @Test
  void test_render_hostileText_escapedEverywhere() {
    assertThat(PAGE)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<!-- <b>")
        .doesNotContain("<b>heading")
        .contains("&lt;script&gt;alert(&#39;id&#39;)&lt;/script&gt;&amp;&quot;")
        .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
        .contains("&lt;!-- &lt;b&gt;heading&lt;/b&gt; &amp; &#39;quoted&#39;")
        .contains("test &lt;source&gt;");
  }

  @Test
  void test_render_hostileChild_listedWithChecklistAndTimeline() {
    assertThat(PAGE)
        .contains("Example Shire Permanence Panel, Wed 1 Apr 2026 at 10:00")
        .contains("New to care")
        .contains("Care plan: missing")
        .contains("class=\"missing\"")
        .contains("id=\"child-_3c")
        .contains("Legal status</td><td>C2 began")
        .contains("Age 6 on the report's date");
  }

  @Test
  void test_render_selfContained_noScriptNoExternalResource() {
    assertThat(PAGE)
        .startsWith("<!DOCTYPE html>")
        .contains("<meta charset=\"utf-8\">")
        .contains("@media print")
        .doesNotContain("src=\"")
        .doesNotContain("<link")
        .doesNotContain("http://")
        .doesNotContain("https://")
        .endsWith("</html>\n");
  }

  @Test
  void test_render_privacy_noDateOfBirth() {
    assertThat(PAGE).doesNotContain("2019-06-01").doesNotContain("1 Jun 2019");
  }
}
