import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text.js';

describe('htmlToText', () => {
  it('keeps paragraphs and line breaks as newlines', () => {
    expect(htmlToText('<p>Hej!</p><p>Rad ett<br>rad två<br />rad tre</p>')).toBe('Hej!\n\nRad ett\nrad två\nrad tre');
  });

  it('joins Mastodon link spans into the full address and keeps mentions as text', () => {
    const html =
      '<p><span class="h-card"><a href="https://x.social/@kommun" class="u-url mention">@<span>kommun</span></a></span> se <a href="https://example.se/plogning/karta" rel="nofollow noopener" target="_blank"><span class="invisible">https://</span><span class="ellipsis">example.se/plogning</span><span class="invisible">/karta</span></a></p>';
    expect(htmlToText(html)).toBe('@kommun se https://example.se/plogning/karta');
  });

  it('decodes entities after the tags are gone, so encoded markup stays visible text', () => {
    expect(
      htmlToText('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;hej&quot; &#39;x&#39; &#x1F600; &eacute;x</p>'),
    ).toBe('<script>alert(1)</script> & "hej" \'x\' 😀 &eacute;x');
  });

  it('drops script and style content and unclosed tags', () => {
    expect(htmlToText('<p>a<script>evil()</script>b<style>p{}</style>c</p><img src=x onerror=alert(1)')).toBe('abc');
  });

  it('keeps out-of-range numeric entities as written', () => {
    expect(htmlToText('&#0; &#xD800; &#99999999;')).toBe('&#0; &#xD800; &#99999999;');
  });

  it('turns lists into dashed lines and handles empty input', () => {
    expect(htmlToText('<ul><li>ett</li><li>två</li></ul>')).toBe('- ett\n- två');
    expect(htmlToText(null)).toBe('');
    expect(htmlToText('')).toBe('');
  });
});
