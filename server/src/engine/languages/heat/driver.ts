import type { SourceFile } from '../../core/language';

/** `.../drivers/<driver>/templates/...` names the Magnum driver a template belongs to. */
export function detectDriver(path: string): string | undefined {
  const m = /[\\/]drivers[\\/]([^\\/]+)[\\/]templates[\\/]/.exec(decodeURIComponent(path));
  return m?.[1];
}

export const inferDriver = (file: SourceFile): string | undefined => detectDriver(file.path);
