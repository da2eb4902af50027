import { chromium } from '@playwright/test'
const url = process.argv[2], out = process.argv[3], scheme = process.argv[4] ?? 'light'
const width = Number(process.argv[5] ?? 1440), height = Number(process.argv[6] ?? 900)
const lang = process.argv[7]
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const ctx = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, locale: lang ?? 'en-US' })
const page = await ctx.newPage()
await page.goto(url)
await page.waitForTimeout(2500)
for (let i = 0; i < Number(process.env.PRESS ?? 0); i++) { await page.keyboard.press('ArrowRight'); await page.waitForTimeout(150) }
await page.waitForTimeout(800)
await page.screenshot({ path: out })
await browser.close()
