import type { ParsedDocument } from '../../core/language';
import type { ConfigProblem } from './parse';

export interface ProjectConfigDocument extends ParsedDocument {
  problems: ConfigProblem[];
}
