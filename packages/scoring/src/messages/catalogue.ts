/**
 * The interface of @clusterlens/scoring's texts, implemented once per language (en.ts, zh.ts;
 * terms from the glossary of DESIGN.md §10). Sentences with values are functions of named, typed
 * parameters, so each language orders them its own way and a missing translation is a type error.
 * An issue's severity is chosen where it is raised, not here: it is the same in every language.
 */

/** The message of an issue and, where there is one, how to fix it. */
export interface Text {
  message: string;
  suggestion?: string;
}

export interface Catalogue {
  /** Issue texts, by issue code. */
  issues: {
    framework_duplicate_id: (p: { id: string }) => Text;
    framework_rule_field_missing: (p: { method: string; field: string }) => Text;
    framework_rule_field_unused: (p: { method: string; field: string }) => Text;
    framework_unknown_question: (p: { id: string }) => Text;
    framework_incompatible_question: (p: { id: string; type: string; expected: readonly string[] }) => Text;
    framework_choice_list_missing: (p: { id: string }) => Text;
    framework_unknown_choice_list: (p: { name: string }) => Text;
    framework_unknown_choice: (p: { value: string; list: string }) => Text;
    framework_choice_without_score: (p: { value: string; list: string }) => Text;
    framework_goalposts_order: (p: { min: number; max: number }) => Text;
    framework_unknown_dimension: (p: { id: string }) => Text;
    framework_unknown_index: (p: { id: string }) => Text;
    framework_group_cycle: (p: { id: string }) => Text;
    framework_unknown_stat: (p: { stat: string }) => Text;
    // Policy profiles.
    policy_framework_mismatch: (p: { profile: string; framework: string }) => Text;
    policy_unknown_indicator: (p: { id: string }) => Text;
    policy_unknown_stat: (p: { stat: string }) => Text;
    baseline_framework_mismatch: (p: { baseline: string; current: string }) => Text;
    // Indicator tables (COINr layout) for `clusterlens index`.
    table_column_missing: (p: { column: string }) => Text;
    table_not_a_number: (p: { found: string }) => Text;
    table_bad_direction: (p: { found: string }) => Text;
    table_bad_weight: (p: { found: string }) => Text;
    table_duplicate_code: (p: { code: string }) => Text;
    table_unknown_parent: (p: { code: string; parent: string }) => Text;
    table_cycle: (p: { code: string }) => Text;
    table_indicator_without_data: (p: { code: string }) => Text;
    table_unknown_code: (p: { code: string }) => Text;
    table_duplicate_unit: (p: { code: string }) => Text;
    table_empty: (p: { what: string }) => Text;
    normalisation_undefined: (p: { code: string; reason: 'no_goalposts' | 'no_target' | 'undefined_scale' }) => Text;
    aggregation_undefined: (p: { code: string; units: number }) => Text;
    method_not_replayable: (p: { number: number; step: string; path: string; value: string }) => Text;
  };
  /** The band of members who did not give their headcount. */
  sizeUnstated: string;
  /** Label of the respondents whose chain role is not stated or not in the chain-role list. */
  chainRoleUnstated: string;
}
