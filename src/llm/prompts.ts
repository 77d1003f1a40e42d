import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Prompt templates from `prompts/*.md`, loaded once at start-up; `{{name}}` placeholders are filled by {@link PromptLibrary.render}. */
export class PromptLibrary {
  private readonly templates = new Map<string, string>();

  constructor(dir: string) {
    for (const file of readdirSync(dir)) {
      if (file.endsWith('.md')) this.templates.set(file.replace(/\.md$/, ''), readFileSync(path.join(dir, file), 'utf8').trim());
    }
  }

  has(name: string): boolean {
    return this.templates.has(name);
  }

  render(name: string, variables: Record<string, string>): string {
    const template = this.templates.get(name);
    if (template === undefined) throw new Error(`prompt template "${name}" not found`);
    return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
      const value = variables[key];
      if (value === undefined) throw new Error(`prompt "${name}" needs a value for {{${key}}}`);
      return value;
    });
  }
}
