/** A strict XML parser for tests: throws on anything that is not well-formed, else returns a small element tree. */
import sax from 'sax';

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own text, entities decoded (CDATA included), without its children's text. */
  text: string;
}

export function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true, { xmlns: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (node) => {
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(node.attributes)) attributes[key] = String(value);
    const element: XmlElement = { name: node.name, attributes, children: [], text: '' };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else if (root) throw new Error('More than one root element');
    else root = element;
    stack.push(element);
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  const addText = (text: string) => {
    const current = stack.at(-1);
    if (current) current.text += text;
    else if (text.trim() !== '') throw new Error(`Text outside the root element: ${text}`);
  };
  parser.ontext = addText;
  parser.oncdata = addText;
  parser.write(xml).close();
  if (!root) throw new Error('No root element');
  return root;
}

/** Child elements with a name, e.g. children(feed, 'entry'). */
export function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The one child with a name; throws when there is none. */
export function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${element.name}> has no <${name}>`);
  return found;
}
