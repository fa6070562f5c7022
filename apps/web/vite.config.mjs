// Builds the console into dist/web (served by the api at /). `npm run web:dev` proxies the api.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.join(here, '..', '..', 'dist', 'web'),
    emptyOutDir: true,
    // Ant Design and ECharts are large; they go into their own chunks, cached across console releases.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks: { antd: ['antd', '@ant-design/icons'], echarts: ['echarts/core', 'echarts/charts', 'echarts/components', 'echarts/renderers'] },
      },
    },
  },
  server: { proxy: { '/graphql': 'http://localhost:3000', '/health': 'http://localhost:3000' } },
});
