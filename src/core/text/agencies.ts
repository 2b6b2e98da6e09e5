/** Names under which wire agencies are credited in text, datelines and bylines. */
export const AGENCY_NAMES = [
  'Reuters', 'Thomson Reuters', 'AP', 'Associated Press', 'The Associated Press', 'AFP', 'Agence France-Presse',
  'Agence France Presse', 'UPI', 'United Press International', 'PA', 'PA Media', 'Press Association', 'dpa', 'DPA',
  'EFE', 'ANSA', 'Anadolu', 'Anadolu Agency', 'AA', 'Kyodo', 'Kyodo News', 'Xinhua', 'Bernama', 'Antara', 'IANS',
  'PTI', 'Yonhap', 'TASS', 'Bloomberg', 'CNN', 'NPR',
];

export const AGENCY_PATTERN = AGENCY_NAMES.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .sort((a, b) => b.length - a.length)
  .join('|');
