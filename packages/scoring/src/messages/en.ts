import { COMMA_NUMBER } from '../index-tables/csv-cells.js';
import type { Catalogue } from './catalogue.js';

const list = (xs: readonly string[]): string => xs.join(' or ');

/** English texts of @clusterlens/scoring (British spelling). */
export const en: Catalogue = {
  issues: {
    framework_duplicate_id: (p) => ({
      message: `the id "${p.id}" is used more than once`,
      suggestion: 'Give each item its own id.',
    }),
    framework_rule_field_missing: (p) => ({
      message: `the aggregation method "${p.method}" needs the field "${p.field}"`,
      suggestion: `Add "${p.field}" to the rule.`,
    }),
    framework_rule_field_unused: (p) => ({
      message: `the field "${p.field}" is ignored by the aggregation method "${p.method}"`,
      suggestion: `Remove "${p.field}" or choose another method.`,
    }),
    framework_unknown_question: (p) => ({
      message: `there is no question "${p.id}" in the framework`,
      suggestion: 'Correct the question id or add the question.',
    }),
    framework_incompatible_question: (p) => ({
      message: `the question "${p.id}" has type ${p.type}, but this needs ${list(p.expected)}`,
      suggestion: 'Use a question of a fitting type or another method.',
    }),
    framework_choice_list_missing: (p) => ({
      message: `the choice question "${p.id}" names no choice list`,
      suggestion: 'Set "choices" to the name of a choice list.',
    }),
    framework_unknown_choice_list: (p) => ({
      message: `there is no choice list "${p.name}"`,
      suggestion: 'Correct the list name or add the list.',
    }),
    framework_unknown_choice: (p) => ({
      message: `"${p.value}" is not a choice of the list "${p.list}"`,
    }),
    framework_choice_without_score: (p) => ({
      message: `the choice "${p.value}" of the list "${p.list}" has no score, so it cannot be averaged`,
      suggestion: 'Give every choice of the list a score.',
    }),
    framework_goalposts_order: (p) => ({
      message: `the goalposts need min below max, found min ${p.min} and max ${p.max}`,
      suggestion: 'Swap them and use "direction" for lower-is-better.',
    }),
    framework_unknown_dimension: (p) => ({
      message: `there is no dimension "${p.id}"`,
      suggestion: 'Correct the dimension id.',
    }),
    framework_unknown_index: (p) => ({
      message: `there is no index "${p.id}"`,
      suggestion: 'Name one of the framework’s indices.',
    }),
    framework_group_cycle: (p) => ({
      message: `the group "${p.id}" contains itself through its components`,
      suggestion: 'Make the groups a hierarchy without cycles.',
    }),
    framework_unknown_stat: (p) => ({
      message: `the regional statistic "${p.stat}" is not listed in the framework's "regional" statistics`,
      suggestion: 'Add it to "regional" so that it is read.',
    }),
    // Policy profiles.
    policy_framework_mismatch: (p) => ({
      message: `the policy profile is written for the framework "${p.profile}", but the assessment uses "${p.framework}"`,
      suggestion: 'Use a profile written for this framework, or check that its indicator ids match.',
    }),
    policy_unknown_indicator: (p) => ({
      message: `the target names the indicator "${p.id}", which the framework does not have`,
      suggestion: 'Correct the indicator id.',
    }),
    policy_unknown_stat: (p) => ({
      message: `the eligibility rule tests "${p.stat}", which is neither a regional statistic nor an indicator of the framework, so it will always be unknown`,
    }),
    baseline_framework_mismatch: (p) => ({
      message: `the baseline was scored with the framework ${p.baseline}, this run with ${p.current}; changes may not be comparable`,
      suggestion: 'Re-score last year\u2019s surveys with the current framework for a like-for-like comparison.',
    }),
    // Indicator tables (COINr layout) for `clusterlens index`.
    table_column_missing: (p) => ({
      message: `the table has no column "${p.column}"`,
      suggestion: `Add a header cell "${p.column}" in the first row.`,
    }),
    table_not_a_number: (p) =>
      COMMA_NUMBER.test(p.found)
        ? { message: `"${p.found}" is not a number: its comma may be a decimal comma or a thousands separator`, suggestion: 'Write plain numbers with a decimal point and no thousands separator: 1.5 for one and a half, 1500 for fifteen hundred.' }
        : { message: `"${p.found}" is not a number`, suggestion: 'Write a plain number such as 12.5, or leave the cell empty for a missing value.' },
    table_bad_direction: (p) => ({
      message: `the direction must be 1 or -1, found "${p.found}"`,
      suggestion: 'Use 1 for higher-is-better and -1 for lower-is-better.',
    }),
    table_bad_weight: (p) => ({
      message: `a weight must be a number of at least 0, found "${p.found}"`,
    }),
    table_duplicate_code: (p) => ({
      message: `the code "${p.code}" appears more than once`,
      suggestion: 'Keep one row per code.',
    }),
    table_unknown_parent: (p) => ({
      message: `"${p.code}" names the parent "${p.parent}", which is not an aggregate of the table`,
      suggestion: 'Add a row of Type Aggregate for the parent or correct the code.',
    }),
    table_cycle: (p) => ({
      message: `the aggregate "${p.code}" is its own ancestor`,
      suggestion: 'Correct the Parent column so the structure is a tree.',
    }),
    table_indicator_without_data: (p) => ({
      message: `the indicator "${p.code}" has no column in the data table; all its values are missing`,
    }),
    table_unknown_code: (p) => ({
      message: `"${p.code}" is not an indicator or aggregate of the metadata table; the row is ignored`,
    }),
    table_duplicate_unit: (p) => ({
      message: `the unit "${p.code}" appears more than once; the later row is ignored`,
    }),
    table_empty: (p) => ({
      message: `the table has no ${p.what}`,
    }),
    normalisation_undefined: (p) => ({
      message: `the indicator "${p.code}" could not be normalised: ${
        { no_goalposts: 'the metadata gives it no goalposts', no_target: 'the metadata gives it no target', undefined_scale: 'its values do not vary (fewer than two units have one, or all are equal)' }[p.reason]
      }; its scores are missing`,
      suggestion: {
        no_goalposts: 'Give its goalpost_lower and goalpost_upper in the metadata table, or choose another --normalise method.',
        no_target: 'Give its Target in the metadata table, or choose another --normalise method.',
        undefined_scale: 'Check its column in the data table, or use --normalise goalposts with goalposts that do not depend on the units.',
      }[p.reason],
    }),
    aggregation_undefined: (p) => ({
      message: `"${p.code}" has negative children for ${p.units} unit(s), where a geometric or harmonic mean is undefined; those scores are missing`,
      suggestion: 'Normalise to positive values (e.g. minmax with --range 1,100) or use the arithmetic mean.',
    }),
    method_not_replayable: (p) => ({
      message: `step ${p.number} (${p.step}): the parameter ${p.path} = ${p.value} is not plain JSON, so the method written to results.json would replay to another result`,
    }),
  },
  sizeUnstated: 'Headcount not given',
  chainRoleUnstated: 'Chain role not stated',
};
