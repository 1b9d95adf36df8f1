package io.permanence.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void test_escape_everySpecialCharacter() {
    assertThat(Html.escape("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  }

  @Test
  void test_escape_controlCharacters_replacedButLineBreaksKept() {
    assertThat(Html.escape("a\u0000b\u0007c\nd\te")).isEqualTo("a\uFFFDb\uFFFDc\nd\te");
  }

  @Test
  void test_anchor_onlySafeCharacters() {
    assertThat(Html.anchor("child", "C-1 <x>\"")).isEqualTo("child-C-1_20_3cx_3e_22");
  }
}
