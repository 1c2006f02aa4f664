import { chromium } from 'playwright-core';
const [,, search = '', expr = '1'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto('http://localhost:4391/keuzehulp/' + search);
await page.waitForSelector('.kh-app:not(.kh-placeholder)');
console.log(await page.evaluate(expr));
await browser.close();
