import { chromium } from 'playwright-core';
const [,, search = '', width = '1280', height = '800'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: +width, height: +height } });
await page.goto('http://localhost:4391/keuzehulp/' + search);
await page.waitForSelector('.kh-app:not(.kh-placeholder)');
await page.waitForTimeout(500);
console.log(await page.evaluate(() => new Promise((resolve) => {
  const out = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) out.push(e.value.toFixed(4) + ' ' + e.sources.map(s => (s.node?.nodeName + '.' + (s.node?.className ?? '')) + ' ' + JSON.stringify(s.previousRect) + '->' + JSON.stringify(s.currentRect)).join(' | ')); }).observe({ type: 'layout-shift', buffered: true });
  setTimeout(() => resolve(out.join('\n')), 300);
})));
await browser.close();
