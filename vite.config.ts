import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  // Module workers, so the import worker loads exceljs only for workbooks (code splitting).
  worker: { format: 'es' },
});
