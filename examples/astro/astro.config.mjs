// A static build (Astro's default): dist/, then prerendered by the CLI.
import { defineConfig } from 'astro/config';

export default defineConfig({ output: 'static' });
