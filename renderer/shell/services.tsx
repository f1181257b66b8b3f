import { createContext, useContext, type ReactNode } from 'react';
import type { AppDatabase } from '../db/database';
import type { PlatformBridge } from '../platform';

export interface AppServices {
  db: AppDatabase;
  platform: PlatformBridge;
  appVersion: string;
  /** Saves every table as a plain JSON file (the error screens' rescue). */
  saveAllData?: () => Promise<void>;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ value, children }: { value: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={value}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>.');
  return services;
}

export const useDb = () => useServices().db;
export const usePlatform = () => useServices().platform;
