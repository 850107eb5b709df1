import { z } from 'zod';
import { method } from '../define';
import type { StoreNotice } from '../../services/store';

export interface AppStatus {
  dataDir: string;
  dataFile: string;
  backupDir: string;
  readOnly: boolean;
  notices: StoreNotice[];
  version: string;
  transport: 'electron' | 'browser';
}

export const systemContract = {
  getStatus: method<AppStatus>()(z.object({}).strict()),
};
