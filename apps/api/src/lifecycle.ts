// Shutdown hooks: parts started after the HTTP server (background jobs, timers) register an async stop function here.
// app.ts runs them after in-flight requests have drained and before the database pool and the database close.

export type StopHook = () => Promise<void> | void;

export class Lifecycle {
  private readonly hooks: { name: string; stop: StopHook }[] = [];

  /** Registers `stop` to run at shutdown; hooks run last-registered first, each awaited, a failure logged not fatal. */
  onShutdown(name: string, stop: StopHook): void {
    this.hooks.push({ name, stop });
  }

  async runHooks(log: (line: string) => void = (line) => console.error(line)): Promise<void> {
    for (const { name, stop } of this.hooks.splice(0).reverse()) {
      try {
        await stop();
      } catch (error) {
        log(`[shutdown] stopping ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
