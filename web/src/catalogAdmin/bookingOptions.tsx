import * as api from '../api/generated';
import { formatPrice } from '../i18n/t';
import { active, activeColumn, name, rows, type CatalogModel } from './models';

const byName = (args: { page: number; pageSize: number; search: string }) => ({ page: args.page, pageSize: args.pageSize, search: args.search || undefined, ordering: 'name' });

/**
 * The booking form's options for the generic admin screen. They are looked up by id; a question shows its set and
 * text as its name (the list adapter adds `name`), and its fields are edited under their own names.
 */
export const BOOKING_OPTION_MODELS: readonly CatalogModel[] = [
  {
    key: 'issues',
    title: 'bookingOptions.issues',
    newLabel: 'bookingOptions.newIssue',
    fields: [name, active],
    columns: [activeColumn],
    hasActive: true,
    useList: (args) => rows(api.useIssuesListQuery(byName(args))),
    useWrites: () => {
      const [create] = api.useIssuesCreateMutation();
      const [update] = api.useIssuesPartialUpdateMutation();
      const [remove] = api.useIssuesDestroyMutation();
      return {
        create: (body) => create({ issueWriteInputRequest: body as api.IssueWriteInputRequest }),
        update: (row, body) => update({ id: row.id, patchedIssueWriteInputRequest: body }),
        remove: (row) => remove({ id: row.id }),
      };
    },
  },
  {
    key: 'other-issues',
    title: 'bookingOptions.otherIssues',
    newLabel: 'bookingOptions.newOtherIssue',
    fields: [name, { name: 'estimated_price', label: 'bookingOptions.estimatedPrice', kind: 'price' }, active],
    columns: [{ label: 'bookingOptions.estimatedPrice', value: (row) => formatPrice(String(row.estimated_price)), numeric: true }, activeColumn],
    hasActive: true,
    useList: (args) => rows(api.useOtherissuesListQuery(byName(args))),
    useWrites: () => {
      const [create] = api.useOtherissuesCreateMutation();
      const [update] = api.useOtherissuesPartialUpdateMutation();
      const [remove] = api.useOtherissuesDestroyMutation();
      return {
        create: (body) => create({ otherIssueWriteInputRequest: body as api.OtherIssueWriteInputRequest }),
        update: (row, body) => update({ id: row.id, patchedOtherIssueWriteInputRequest: body }),
        remove: (row) => remove({ id: row.id }),
      };
    },
  },
  {
    key: 'questions',
    title: 'bookingOptions.questions',
    newLabel: 'bookingOptions.newQuestion',
    nameLabel: 'bookingOptions.question',
    fields: [
      { name: 'question_set_name', label: 'bookingOptions.questionSet', kind: 'text', help: 'bookingOptions.questionSetHelp' },
      { name: 'question', label: 'bookingOptions.question', kind: 'text' },
      { name: 'position', label: 'bookingOptions.position', kind: 'number' },
      active,
    ],
    columns: [
      { label: 'bookingOptions.questionSet', value: (row) => String(row.question_set_name) },
      { label: 'bookingOptions.position', value: (row) => String(row.position), numeric: true },
      activeColumn,
    ],
    hasActive: true,
    useList: (args) => {
      const state = api.useQuestionsListQuery({ page: args.page, pageSize: args.pageSize, search: args.search || undefined, ordering: 'question_set_name,position' });
      const data = state.data ? { count: state.data.count, results: state.data.results.map((row) => ({ ...row, name: row.question, slug: '' })) } : undefined;
      return { data, isLoading: state.isLoading, error: state.error };
    },
    useWrites: () => {
      const [create] = api.useQuestionsCreateMutation();
      const [update] = api.useQuestionsPartialUpdateMutation();
      const [remove] = api.useQuestionsDestroyMutation();
      return {
        create: (body) => create({ questionWriteInputRequest: body as api.QuestionWriteInputRequest }),
        update: (row, body) => update({ id: row.id, patchedQuestionWriteInputRequest: body }),
        remove: (row) => remove({ id: row.id }),
      };
    },
  },
];
