// The README the .vsix ships (README.vsix.md, not in git), made from README.learner.md by scripts/learner-readme.mjs.
//
// VS Code's extension page (1.139) shows only http(s) images in a README: it drops relative paths and data: URLs
// (checked by installing the .vsix into code-server: both render as broken 0x0 images). This extension has no public
// https location yet, so by default the screenshots are left out of the packaged README, and the text stands alone.
// With MLOPS_LAB_IMAGES_URL=https://…/ (where README.learner.md's image paths are served, e.g. a repository's raw
// files), they are kept as https links, which vsce and VS Code accept.
export const SOURCE = 'README.learner.md';
export const OUTPUT = 'README.vsix.md';
/** The packaged README: local images rebased onto `imagesUrl` (https), or removed when there is none. */
export function vsixReadme(markdown, imagesUrl) {
  if (imagesUrl !== undefined && !/^https:\/\/\S+$/.test(imagesUrl)) throw new Error(`MLOPS_LAB_IMAGES_URL must be an https:// URL, not "${imagesUrl}"`);
  const out = markdown.replace(/^[ \t]*!\[([^\]]*)\]\(([^)\s]+)\)[ \t]*\n?/gm, (whole, alt, src) => {
    if (/^https:/.test(src)) return whole;
    if (!imagesUrl) return '';
    return `![${alt}](${imagesUrl.replace(/\/?$/, '/')}${src.replace(/^\.?\//, '')})\n`;
  });
  return out.replace(/\n{3,}/g, '\n\n');
}
