/** Police-report packages: offence categories per jurisdiction, creating a package, the list. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, query } from '../../api/client';
import { base, moderationKeys } from './moderation.api';
import type { Language } from '../../api/types';
import type { Jurisdiction, OffenceCategory, PoliceReport, PoliceReportInput } from './moderation.types';

export function useOffenceCategories(ws: string, jurisdiction: Jurisdiction, language: Language) {
  return useQuery({
    queryKey: moderationKeys.categories(ws, jurisdiction, language),
    queryFn: () =>
      get<{ categories: OffenceCategory[] }>(
        `${base(ws)}/police-reports/offence-categories${query({ jurisdiction, language })}`,
      ).then((r) => r.categories),
    staleTime: Infinity,
  });
}

export function usePoliceReports(ws: string) {
  return useQuery({
    queryKey: moderationKeys.reports(ws),
    queryFn: () => get<{ reports: PoliceReport[] }>(`${base(ws)}/police-reports`).then((r) => r.reports),
  });
}

export function useCreatePoliceReport(ws: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PoliceReportInput) =>
      post<{ report: PoliceReport }>(`${base(ws)}/police-reports`, input).then((r) => r.report),
    onSettled: () => void client.invalidateQueries({ queryKey: moderationKeys.all(ws) }),
  });
}
