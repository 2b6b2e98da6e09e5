/** Common news verbs and nouns and the words rewriting desks swap them for (one direction per entry). */
export const SYNONYMS: Readonly<Record<string, string>> = {
  rose: 'increased', increased: 'rose', fell: 'declined', declined: 'dropped', dropped: 'fell', decreased: 'fell',
  gained: 'rose', jumped: 'surged', surged: 'soared', plunged: 'tumbled', tumbled: 'slumped',
  bought: 'purchased', buy: 'purchase', purchased: 'bought', acquired: 'bought', acquire: 'buy',
  sold: 'offloaded', sell: 'offload', company: 'firm', companies: 'firms', firm: 'company',
  expected: 'anticipated', announced: 'unveiled',
  reported: 'posted', halted: 'stopped', began: 'started', begin: 'start', completed: 'finished',
  lawmakers: 'legislators', talks: 'negotiations', negotiations: 'talks', agreement: 'accord', accord: 'agreement',
  spokesman: 'spokesperson', output: 'production', production: 'output', unit: 'subsidiary', subsidiary: 'unit',
  warned: 'cautioned', rejected: 'turned down', currently: 'at present', previously: 'earlier', despite: 'in spite of',
  considering: 'weighing', reduce: 'lower', reduced: 'lowered', increase: 'rise', large: 'big', big: 'large',
  major: 'big', help: 'assist', helped: 'assisted', provide: 'supply', approved: 'backed', approve: 'back',
  officials: 'authorities', shareholders: 'stockholders', stockholders: 'shareholders',
  profits: 'earnings', earnings: 'profits', government: 'administration', meeting: 'session',
  'plans to': 'intends to', 'planned to': 'intended to', 'sought to': 'tried to', 'agreed to': 'consented to',
  'in order to': 'to', 'because of': 'due to', 'a number of': 'several', 'told reporters': 'told journalists',
};
