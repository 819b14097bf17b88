/**
 * The Content-Security-Policy the site is served with (src/lib/security.ts)
 * keeps out any script or style that is not a file of the site, and names
 * no other origin; the CMS gets its own, wider policy.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { requireBuild } from '../helpers/site.ts';

requireBuild();
const session = useSite();

describe('the Content-Security-Policy', () => {
  it('allows scripts only from the site, and no other origin at all', async () => {
    const response = await fetch(`${session().base}/vi/practices/hue-service-centre-network/`);
    const csp = response.headers.get('content-security-policy')!;
    const scriptSrc = /script-src ([^;]+)/.exec(csp)![1]!;
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(csp).not.toMatch(/https?:\/\//);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('stops a script injected into a page from running, and reports it', async () => {
    const { page, context } = await session().newPage();
    await page.goto(`${session().base}/lo/practices/hue-service-centre-network/`);
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.head.append(script);
      const handler = document.createElement('img');
      handler.setAttribute('src', 'data:,');
      handler.setAttribute('onerror', 'window.injected = true');
      document.body.append(handler);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { injected: (window as unknown as { injected?: boolean }).injected ?? false, violations };
    });
    expect(outcome.injected).toBe(false);
    expect(outcome.violations.some((directive) => directive.startsWith('script-src'))).toBe(true);
    await context.close();
  });

  it('takes styles only from the site’s files: an injected <style> does not apply', async () => {
    const response = await fetch(`${session().base}/lo/exchanges/`);
    const styleSrc = /style-src ([^;]+)/.exec(response.headers.get('content-security-policy')!)![1]!;
    expect(styleSrc.trim()).toBe("'self'");
    const { page, context } = await session().newPage();
    await page.goto(`${session().base}/lo/exchanges/`);
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
      const style = document.createElement('style');
      style.textContent = 'body { display: none; }';
      document.head.append(style);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { display: getComputedStyle(document.body).display, violations };
    });
    expect(outcome.display).not.toBe('none');
    expect(outcome.violations.some((directive) => directive.startsWith('style-src'))).toBe(true);
    await context.close();
  });

  it('gives the CMS its own policy, which still forbids inline scripts', async () => {
    const response = await fetch(`${session().base}/admin/`);
    const scriptSrc = /script-src ([^;]+)/.exec(response.headers.get('content-security-policy')!)![1]!;
    expect(scriptSrc).not.toContain('unsafe-inline');
  });
});
