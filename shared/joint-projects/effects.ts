import type { JointProject } from './definition';
import type { Participation } from './participation';

export interface FieldTotal {
  fieldId: string;
  label: string;
  unit: string;
  total: number;
  /** How many municipalities' approved reports contributed. */
  reporters: number;
}

/** The board's headline figures: participants per phase, municipalities live, and totals of the aggregate fields. */
export interface ProjectEffects {
  participants: number;
  phaseCounts: Record<string, number>;
  liveMunicipalities: number;
  totals: FieldTotal[];
}

/**
 * Adds up a project's effects from approved reports only (a draft or a report
 * under review never counts). Totals are over all periods: a period's report
 * states what was saved or spent in that period.
 */
export function projectEffects(project: Pick<JointProject, 'phases' | 'fields'>, participants: readonly Participation[]): ProjectEffects {
  const phaseCounts = Object.fromEntries(project.phases.map((ph) => [ph.id, 0]));
  for (const p of participants) if (p.phaseId in phaseCounts) phaseCounts[p.phaseId]! += 1;
  const livePhases = new Set(project.phases.filter((ph) => ph.live).map((ph) => ph.id));
  const totals = project.fields.flatMap((field) => {
    if (field.type !== 'number' || !field.aggregate) return [];
    let total = 0;
    let reporters = 0;
    for (const p of participants) {
      const figures = Object.values(p.approvedFigures).map((f) => f[field.id]).filter((v): v is number => typeof v === 'number');
      if (figures.length > 0) reporters += 1;
      for (const v of figures) total += v;
    }
    // Floating sums of decimals (0.1 + 0.2) are rounded to what people entered.
    return [{ fieldId: field.id, label: field.label, unit: field.unit, total: Math.round(total * 1000) / 1000, reporters }];
  });
  return {
    participants: participants.length,
    phaseCounts,
    liveMunicipalities: participants.filter((p) => livePhases.has(p.phaseId)).length,
    totals,
  };
}
