import type { Scope } from '../core/language';
import type { ClusterTemplateContext } from './model';

/** The context cluster-template rules, hovers and completion read, for any source language. */
export function clusterTemplateContext(doc: { specs: ClusterTemplateContext['specs']; text: string }, scope: Scope): ClusterTemplateContext {
  return { specs: doc.specs, release: scope.release, driver: scope.driver, text: doc.text, capi: scope.settings };
}
