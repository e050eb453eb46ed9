/** Jest: ts-jest over the same tsconfig the build type-checks with. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true, esModuleInterop: true, resolveJsonModule: true } }],
  },
  setupFiles: ["<rootDir>/test/support/jsdomSetup.ts"],
};
