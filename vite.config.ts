import { defineConfig } from "vitest/config";
import type { Plugin } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";

/**
 * The production page forbids inline script. The dev server needs an inline
 * preamble for React Fast Refresh, so the policy is only added to the build.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self' https: http:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: "content-security-policy-meta",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: contentSecurityPolicy },
        injectTo: "head-prepend",
      },
    ],
  };
}

export default defineConfig({
  // Relative asset URLs so the build works from any sub-path of a static host.
  base: "./",
  plugins: [react(), tailwindcss(), contentSecurityPolicyMeta()],
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["./tests/setup-vitest.ts"],
    include: ["src/**/*.test.{ts,tsx}", "data/**/*.test.ts", "scripts/**/*.test.{ts,tsx}"],
    restoreMocks: true,
    // A test's time limit is not a speed check (npm run bench is): on a loaded machine jsdom renders slowly.
    testTimeout: 20_000,
  },
});
