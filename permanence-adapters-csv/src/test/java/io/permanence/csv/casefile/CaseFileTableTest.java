package io.permanence.csv.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The columns are a published format: a change here is a change to the README and to users. */
class CaseFileTableTest {

  static Stream<Arguments> layouts() {
    return Stream.of(
        Arguments.of(
            CaseFileTable.CHILDREN,
            "child_id,authority,date_of_birth,expected_date_of_birth,uasc,uasc_ceased_on,"
                + "sibling_group,disability,record_count"),
        Arguments.of(
            CaseFileTable.PERIODS_OF_CARE, "child_id,start,end,reason_ceased,category_of_need"),
        Arguments.of(CaseFileTable.LEGAL_STATUSES, "child_id,legal_status,start,end"),
        Arguments.of(
            CaseFileTable.PLACEMENTS,
            "child_id,placement,provider,start,end,reason_for_change,long_term_match_on,"
                + "arrangement"),
        Arguments.of(CaseFileTable.REVIEWS, "child_id,date,participation"),
        Arguments.of(
            CaseFileTable.ADOPTION,
            "child_id,decision_to_place_on,placement_order_on,matched_on,placed_on,"
                + "adoption_order_on,reversed_on,reversal_reason"),
        Arguments.of(
            CaseFileTable.PREVIOUS_PERMANENCE, "child_id,previous_permanence,local_authority,date"),
        Arguments.of(CaseFileTable.MISSING_EPISODES, "child_id,type,start,end"),
        Arguments.of(CaseFileTable.SOCIAL_WORKER_EPISODES, "child_id,worker_id,start,end,reason"),
        Arguments.of(
            CaseFileTable.HEALTH_OUTCOMES,
            "child_id,collection_year,sdq_score,sdq_reason,convicted,health_check,immunisations,"
                + "teeth_check,health_assessment,substance_misuse,intervention_received,"
                + "intervention_offered"),
        Arguments.of(
            CaseFileTable.CARE_LEAVER_OUTCOMES,
            "child_id,collection_year,in_touch,activity,accommodation"),
        Arguments.of(
            CaseFileTable.PLANS,
            "child_id,primary_option,contingency_option,recorded_on,ratified_on"),
        Arguments.of(
            CaseFileTable.PRE_PROCEEDINGS,
            "child_id,start,end,letter_before_proceedings_on,review_meetings,fgc_offered_on,"
                + "fgc_held_on,outcome"),
        Arguments.of(
            CaseFileTable.CARE_PROCEEDINGS,
            "child_id,decision_to_issue_on,decision_forum,issued_on,case_management_hearing_on,"
                + "checkpoints,final_evidence_due_on,issues_resolution_hearing_on,final_hearing_on,"
                + "final_order_on,final_order_types,extensions"),
        Arguments.of(
            CaseFileTable.COURT_ORDERS, "child_id,order_type,made_on,original_end,extensions"),
        Arguments.of(
            CaseFileTable.CASE_FLAGS,
            "child_id,flag,start,end,raised_by_role,raised_by_role_name,note"),
        Arguments.of(CaseFileTable.PANEL_APPEARANCES, "child_id,panel,meeting_on,heading,outcome"),
        Arguments.of(
            CaseFileTable.PANEL_DECISIONS,
            "child_id,decision_id,panel,made_on,signed_off_on,sign_off_by_role,"
                + "sign_off_by_role_name,text"),
        Arguments.of(
            CaseFileTable.PANEL_ACTIONS,
            "child_id,action_id,decision_id,action_type,action_type_name,description,owner_role,"
                + "owner_role_name,due_on,status,completed_on"),
        Arguments.of(
            CaseFileTable.DOCUMENTS, "child_id,document_type,document_type_name,date_on_file"));
  }

  @ParameterizedTest
  @MethodSource("layouts")
  void test_columns_areStable(CaseFileTable table, String columns) {
    assertThat(String.join(",", table.columns())).isEqualTo(columns);
    assertThat(table.schema().requiredColumns()).isEqualTo(table.columns());
  }

  @Test
  void test_fileName_isUniqueAndEndsInCsv() {
    List<String> names =
        Arrays.stream(CaseFileTable.values()).map(CaseFileTable::fileName).toList();
    assertThat(names).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).endsWith(".csv"));
    assertThat(layouts()).hasSize(CaseFileTable.values().length);
  }

  @Test
  void test_schema_redactsTheDatesOfBirth() {
    assertThat(CaseFileTable.CHILDREN.schema().isSensitive("date_of_birth")).isTrue();
    assertThat(CaseFileTable.CHILDREN.schema().isSensitive("expected_date_of_birth")).isTrue();
    assertThat(CaseFileTable.PLANS.schema().sensitiveColumns()).isEmpty();
  }
}
