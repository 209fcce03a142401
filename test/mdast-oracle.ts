/**
 * The Markdown model as it was read off remark-parse's mdast tree before the engine built it from micromark's events
 * (server/src/kinds/md/markdown-events.ts): the oracle the event walk is compared with. Same parser, same extensions;
 * only the way from events to model differs.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import {
  bareUrls,
  commentBody,
  hrefsOf,
  looksLikeListItem,
  plainText,
  tableLines,
} from '../server/src/kinds/md/markdown-text';
import { MICROMARK_EXTENSIONS, type MarkdownModel } from '../server/src/kinds/md/markdown';

function withExtensions(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(...MICROMARK_EXTENSIONS);
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const processor = unified().use(remarkParse).use(withExtensions);

/** The model of `source`, read off the mdast tree. */
export function mdastModelOf(source: string): MarkdownModel {
  const model: MarkdownModel = { headings: [], links: [], tables: [], comments: [], codeRanges: [] };
  const visit = (node: Nodes, inLink: boolean): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    switch (node.type) {
      case 'heading':
        if (!looksLikeListItem(source, start, end)) {
          model.headings.push({ depth: node.depth, text: plainText(rawText(node.children, source)), start, end });
        }
        break;
      case 'link': {
        const label = plainText(rawText(node.children, source));
        const autolink = label === node.url || `mailto:${label}` === node.url || source.charCodeAt(start) === 0x3c;
        model.links.push({ url: node.url, label, start, end, kind: autolink ? 'autolink' : 'link' });
        break;
      }
      case 'image':
        model.links.push({ url: node.url, label: node.alt ?? '', start, end, kind: 'image' });
        return;
      case 'definition':
        model.links.push({ url: node.url, label: node.label ?? node.identifier, start, end, kind: 'definition' });
        return;
      case 'text':
        if (!inLink) model.links.push(...bareUrls(source, start, end));
        return;
      case 'code':
      case 'inlineCode':
        model.codeRanges.push([start, end]);
        return;
      case 'html': {
        const comment = commentBody(node.value);
        if (comment === undefined)
          for (const url of hrefsOf(node.value)) model.links.push({ url, label: '', start, end, kind: 'html' });
        else {
          model.comments.push({ body: comment, start, end });
          model.codeRanges.push([start, end]);
        }
        return;
      }
      case 'table':
        model.tables.push({ start, end, lines: tableLines(source, start, end) });
        break;
      default:
        break;
    }
    if ('children' in node)
      for (const child of node.children as RootContent[]) visit(child, inLink || node.type === 'link');
  };
  visit(processor.parse(source), false);
  model.codeRanges.sort((a, b) => a[0] - b[0]);
  return model;
}

/** A hard break keeps its line ending (the walk of events keeps it too, so that words on two lines stay apart). */
function rawText(nodes: readonly (PhrasingContent | RootContent)[], source: string): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'break')
      out += source.slice(node.position?.start.offset, node.position?.end.offset).replace(/^[ \t]+/, '');
    else if ('value' in node && typeof node.value === 'string' && node.type !== 'html') out += node.value;
    else if (node.type === 'image') out += node.alt ?? '';
    else if ('children' in node) out += rawText(node.children, source);
  }
  return out;
}
