// Renders lesson markdown to inert HTML for the lesson webview. Pure; loaded lazily
// (its own bundle) so markdown-it costs nothing at activation.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: true });

// Links never navigate by themselves: the webview script reads data attributes and asks
// the extension, which checks the target before opening anything.
const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const href = String(token.attrGet('href') ?? '');
  token.attrs = [['href', '#']];
  const lesson = /^lesson:([a-z0-9-]+)$/.exec(href);
  if (lesson) {
    token.attrSet('data-lesson', lesson[1]);
    token.attrSet('class', 'lesson-link');
  } else if (/^https?:\/\//i.test(href)) {
    token.attrSet('data-href', href);
    token.attrSet('class', 'external-link');
    token.attrSet('title', href);
  } else {
    token.attrSet('class', 'inert-link');
    token.attrSet('aria-disabled', 'true');
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};

// Images (local or remote) are not loaded: the CSP would block them anyway; show the alt text.
md.renderer.rules.image = (tokens, idx) => {
  const alt = md.utils.escapeHtml(tokens[idx].content || 'image');
  return `<span class="image-placeholder">[${alt}]</span>`;
};

// markdown-it's default validateLink already refuses javascript:, vbscript:, file: and most data:;
// we keep it and additionally let our own `lesson:` scheme through.
const defaultValidate = md.validateLink.bind(md);
md.validateLink = (url) => /^lesson:[a-z0-9-]+$/.test(url) || defaultValidate(url);

export function renderMarkdown(markdown: string): string {
  return md.render(markdown);
}
