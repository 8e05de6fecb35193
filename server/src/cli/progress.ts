/** "checking 120/800 drivers/…/kubemaster.yaml" on one rewritten stderr line, for long runs on a terminal only. */
const MIN_FILES = 50;

export class Progress {
  private readonly enabled: boolean;
  private count = 0;

  constructor(private readonly total: number, private readonly stream: NodeJS.WriteStream) {
    this.enabled = stream.isTTY === true && total >= MIN_FILES;
  }

  next(path: string): void {
    if (!this.enabled) return;
    this.count++;
    const width = Math.max(20, (this.stream.columns || 80) - 1);
    this.stream.write(`\r\u001b[K${`checking ${this.count}/${this.total} ${path}`.slice(0, width)}`);
  }

  done(): void {
    if (this.enabled) this.stream.write('\r\u001b[K');
  }
}
