// Turns the small HTML dialect of AWS API documentation comments into Markdown for hovers.
const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
};

export function htmlToMarkdown(html: string): string {
  let s = html.replace(/\s+/g, ' ').replace(/<code>\s*<\/code>/g, '');
  s = s.replace(
    /<code>\s*(.*?)\s*<\/code>/g,
    (_m, inner: string) => '`' + inner.replace(/<[^>]+>/g, '') + '`',
  );
  s = s.replace(
    /<a\s+href="([^"]*)"[^>]*>(.*?)<\/a>/g,
    (_m, href: string, text: string) => `[${text.trim()}](${href})`,
  );
  s = s.replace(/<(b|strong)>(.*?)<\/\1>/g, '**$2**');
  s = s.replace(/<(i|em)>(.*?)<\/\1>/g, '*$2*');
  s = s.replace(/<li>\s*/g, '\n- ');
  s = s.replace(/<\/(p|ul|ol|note|important|div)>/g, '\n\n');
  s = s.replace(/<[^>]+>/g, '');
  s = s.replace(/&[a-z#0-9]+;/g, (e) => ENTITIES[e] ?? e);
  return s
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
