/**
 * Custom requests and commands shared by the language server and the VS Code client.
 * Types and names only: the client bundle must not pull server code in.
 */
import type { DocumentKind } from '../engine';

/** Request `magnumHeat/documentStatus`: what the server makes of one open document. */
export const DOCUMENT_STATUS_REQUEST = 'magnumHeat/documentStatus';

export interface DocumentStatusParams {
  uri: string;
}

export interface DocumentStatus {
  /** Whether the document is checked at all. */
  checked: boolean;
  kind?: DocumentKind;
  /** One sentence: why the document is (not) checked. */
  reason: string;
  /** The OpenStack release whose knowledge applies. */
  release: string;
  /** The Magnum driver in force, if any, and where it comes from. */
  driver?: string;
  driverSource?: 'setting' | 'path';
  run: 'onType' | 'onSave';
}

/** Client command the "Show documentation for <rule>" code action runs; argument: the rule id. */
export const SHOW_RULE_DOCS_COMMAND = 'magnumHeat.showRuleDocumentation';

/** Code action kind of "Fix all auto-fixable problems", for `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = 'source.fixAll.magnumHeat';
