package io.permanence.csv.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TableSchemaTest {

  @Test
  void test_declaredColumns_requiredThenOptional() {
    TableSchema schema =
        TableSchema.builder()
            .name("header")
            .addRequiredColumns("CHILD", "DOB")
            .addOptionalColumns("UPN")
            .addSensitiveColumns("DOB")
            .build();
    assertThat(schema.declaredColumns()).containsExactly("CHILD", "DOB", "UPN");
    assertThat(schema.isDeclared(" upn ")).isTrue();
    assertThat(schema.isDeclared("SEX")).isFalse();
    assertThat(schema.isSensitive("dob")).isTrue();
    assertThat(schema.isSensitive("CHILD")).isFalse();
    assertThat(schema).hasToString("header[CHILD, DOB] optional [UPN]");
  }

  @Test
  void test_build_columnDeclaredTwiceWhateverTheCase() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TableSchema.of("header", "CHILD", "child"))
        .withMessageContaining("column child must be declared once");
  }

  @Test
  void test_build_sensitiveColumnMustBeDeclared() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                TableSchema.builder()
                    .name("header")
                    .addRequiredColumns("CHILD")
                    .addSensitiveColumns("DOB")
                    .build())
        .withMessageContaining("sensitive column DOB must be declared");
  }

  @Test
  void test_build_noRequiredColumn() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TableSchema.of("header"))
        .withMessageContaining("requiredColumns must not be empty");
  }
}
