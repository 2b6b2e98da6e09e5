/** What the popup shows: the background's state for the tab, plus the outcome of the user's last action. */
import type { TabState } from '../messages';

export interface Notice {
  text: string;
  kind: 'ok' | 'error';
}

export interface PopupView {
  tab: TabState;
  notice?: Notice;
  /** An action is under way: its controls are disabled until it ends. */
  busy?: boolean;
}

export interface PopupActions {
  traceAgain(): void;
  addToCorpus(agency: string): void;
  downloadEvidence(): void;
  copyReport(): void;
  openOptions(): void;
}
