import type { Expectations, SheetTexts } from '../catalogue.js';
import { bareUnit } from '../unit-text.js';

export const expectEn: Expectations = {
  number: (p) => {
    const base =
      p.type === 'integer' || p.type === 'likert'
        ? 'a whole number'
        : p.type === 'percent'
          ? 'a percentage such as 35 (meaning 35%)'
          : 'a number';
    if (p.min !== undefined && p.max !== undefined) return `${base} between ${p.min} and ${p.max}`;
    if (p.min !== undefined) return `${base} of at least ${p.min}`;
    if (p.max !== undefined) return `${base} of at most ${p.max}`;
    return base;
  },
  clusterId: 'an id of letters, digits, “-” and “_”, starting with a letter or digit',
  surveyYear: 'a year between 1990 and 2100',
  currency: 'a three-letter currency code such as CNY or EUR',
  peerGroup: 'a key of at most 64 characters, such as C18 or kidswear',
  yesNo: 'yes or no',
  choiceCode: 'a choice code',
  chainRole: 'chain role',
  textFormat: '“email” on a text question, or nothing',
  email: 'an e-mail address such as name@example.com',
};

/** Texts written into the Responses and Cluster sheets: row-2 labels and the input and error messages of cells. */
export const sheetEn: SheetTexts = {
  clusterLabels: {
    cluster_id: 'Cluster id (letters, digits, - and _; used as the report file name)',
    name_en: 'Cluster name in English',
    name_zh: 'Cluster name in Chinese',
    region: 'Region',
    industry_code: 'Industry code (optional, e.g. national industry classification)',
    peer_group: 'Peer group (optional): clusters with the same key are compared with each other; default the industry code',
    survey_year: 'Survey year, e.g. 2024',
    currency: 'Currency of money answers (optional), e.g. CNY',
    population: 'Number of members surveyed (optional, for the response rate)',
    region_zh: 'Region in Chinese (optional), printed by Chinese reports',
  },
  contactLabel: (p) => {
    const field = { name: 'name (person or desk)', email: 'e-mail', phone: 'phone' }[p.field];
    return p.isDefault
      ? `Association contact printed in member reports (optional), for every suggestion without its own contact: ${field}`
      : `Association contact for member-report suggestions with contact key “${p.topic}” (optional): ${field}`;
  },
  regionalYear: (key) => `${key} year`,
  respondentId: 'Respondent id (one row per member)',
  promptTitle: 'How to answer',
  errorTitle: 'Value not allowed',
  chooseFromList: 'Choose from the list.',
  chooseYesNo: 'Choose yes or no.',
  likert: (p) => `Choose a whole number from ${p.min} to ${p.max}.`,
  selectMultiple: (p) => `Type one or more codes, separated by spaces. Codes: ${p.codes}`,
  text: 'Type your answer as text.',
  date: 'Type a date as YYYY-MM-DD, e.g. 2024-03-15.',
  email: 'Type one e-mail address, e.g. name@example.com, or leave it empty.',
  typeValue: (p) => `Type ${p.expect.en}.`,
  headingWithUnit: (p) => `${p.label} (${bareUnit(p.unit)})`,
};
