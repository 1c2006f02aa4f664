import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('console', (m) => console.log('console', m.text()));
page.on('pageerror', (e) => console.log('error', e.message));
await page.addInitScript(() => { new MutationObserver((ms) => { for (const m of ms) if (m.attributeName === 'class' && m.target.classList?.contains('kh') || m.oldValue?.includes('kh--')) console.log('mut', m.target.className, m.oldValue); }).observe(document, { subtree: true, attributes: true, attributeOldValue: true }); });
await page.goto('http://localhost:4391/keuzehulp/?aanbod=ja');
await page.waitForTimeout(1500);
await browser.close();
