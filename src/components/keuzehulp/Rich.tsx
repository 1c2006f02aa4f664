// Renders help text from content/keuzehulp: text nodes and <a> only, never HTML.
import { richText } from '../../lib/keuzehulp/richText';
import { url } from '../../lib/paths';

export function Rich({ text }: { text: string }) {
  return (
    <>{richText(text).map((part) => (typeof part === 'string' ? part : <a href={url(part.href)}>{part.text}</a>))}</>
  );
}
