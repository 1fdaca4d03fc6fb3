/**
 * The site's browser kit, apart from the builder: headless Chromium
 * ({@link dev.exemplar.docsite.browser.Browser}) and a crawl of a built site for links
 * that lead nowhere ({@link dev.exemplar.docsite.browser.SiteCrawl}). The service's
 * browser test of its site (DocsSiteIT) uses them; the builder does not.
 */
package dev.exemplar.docsite.browser;
