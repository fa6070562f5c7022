// The web console in headless Chromium (Debian's /usr/bin/chromium, never a downloaded browser) against the
// real api serving the built console. One harness for every browser spec: a fresh context per test, a
// console error, a page error or an HTTP status >= 400 fails the test, screenshots go to
// test/artifacts/web (gitignored).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@gridhr/demo';
import { TestApp } from './test-app';

const ROOT = path.resolve(__dirname, '..', '..');
export const ARTIFACTS = path.join(ROOT, 'test', 'artifacts', 'web');
const CHROMIUM = '/usr/bin/chromium';

export class ConsoleBrowser {
  page!: Page;
  /** What went wrong in the page during the current test; checked after each test. */
  readonly problems: string[] = [];
  private context?: BrowserContext;

  private constructor(
    readonly app: TestApp,
    private readonly browser: Browser,
  ) {}

  /** In beforeAll (allow 180 s): builds the console when there is none, starts the api and the browser. */
  static async start(options: Parameters<typeof TestApp.start>[0] = { worker: true }): Promise<ConsoleBrowser> {
    // npm test builds the console first; a spec run on its own builds it when there is none.
    if (!existsSync(path.join(ROOT, 'dist', 'web', 'index.html'))) execFileSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
    if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium); .ci/run does`);
    mkdirSync(ARTIFACTS, { recursive: true });
    const app = await TestApp.start(options);
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
    return new ConsoleBrowser(app, browser);
  }

  /** In beforeEach: a new browser context (no session) and page. */
  async open(): Promise<Page> {
    this.problems.length = 0;
    this.context = await this.browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      acceptDownloads: true,
    });
    this.page = await this.context.newPage();
    this.page.setDefaultTimeout(15_000);
    // A blocked script or style (the content security policy) or an error in the console fails the test.
    this.page.on('console', (m) => m.type() === 'error' && this.problems.push(m.text()));
    this.page.on('pageerror', (e) => this.problems.push(e.message));
    this.page.on('response', (r) => r.status() >= 400 && this.problems.push(`${r.status()} ${r.request().method()} ${r.url()}`));
    return this.page;
  }

  /** In afterEach: closes the context and returns what went wrong (expect it to equal []). */
  async closePage(): Promise<string[]> {
    await this.context?.close();
    return [...this.problems];
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.app.close();
  }

  async shot(name: string): Promise<void> {
    // After Ant Design's loading overlays have faded.
    await this.page.locator('.ant-spin-blur, .ant-spin-spinning').first().waitFor({ state: 'detached' });
    await this.page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  }

  /** Opens an antd Select by its input's id and picks the option with this title. */
  async pick(id: string, title: string): Promise<void> {
    await this.page.locator('.ant-select', { has: this.page.locator(`#${id}`) }).click();
    await this.page.locator(`#${id}_list`).locator('..').locator(`.ant-select-item-option[title="${title}"]`).click();
  }

  async signIn(username: string, password = DEMO_PASSWORD): Promise<void> {
    await this.page.goto(`${this.app.url}/`);
    await this.page.waitForURL('**/login');
    await this.page.locator('#username').fill(username);
    await this.page.locator('#password').fill(password);
    await this.page.getByRole('button', { name: '登 录' }).click();
  }

  /** Signs in and waits for the home page. */
  async signInHome(username: string): Promise<void> {
    await this.signIn(username);
    await this.page.waitForURL(`${this.app.url}/`);
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: '退出登录' }).click();
    await this.page.waitForURL('**/login');
  }
}

/**
 * Registers a browser spec's hooks: one api and browser for the file (started in beforeAll, closed in
 * afterAll), a fresh page per test, and a test failed by any problem its page had. `use` is given the
 * harness after it starts and again after each page opens (for the spec's `browser`, `app` and `page`).
 */
export function useConsoleBrowser(use: (browser: ConsoleBrowser) => void, options: Parameters<typeof ConsoleBrowser.start>[0] = { worker: true }): void {
  let browser: ConsoleBrowser | undefined;
  beforeAll(async () => {
    browser = await ConsoleBrowser.start(options);
    use(browser);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await browser!.open();
    use(browser!);
  });
  afterEach(async () => {
    expect(await browser!.closePage()).toEqual([]);
  });
}
