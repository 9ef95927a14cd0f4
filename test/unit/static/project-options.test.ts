import { projectOptions, projectSearch } from '../../../static/src/integrations/project-options';

describe('projectOptions', () => {
  const listed = { status: 'ready' as const, data: [{ id: '10000', key: 'SUP', name: 'Support' }, { id: '10001', key: 'ENG', name: 'Engineering' }] };

  it('lists the projects with nothing preselected off a project page', () => {
    expect(projectOptions(listed, undefined)).toEqual({
      options: [{ value: '10000', label: 'Support (SUP)' }, { value: '10001', label: 'Engineering (ENG)' }],
      fixed: null,
    });
  });

  it("fixes the page's project, named from the list", () => {
    expect(projectOptions(listed, { id: '10000', key: 'SUP', type: 'service_desk' }).fixed).toEqual({ value: '10000', label: 'Support (SUP)' });
  });

  it("fixes the page's project even before (or without) the list", () => {
    const { options, fixed } = projectOptions({ status: 'loading' }, { id: '10000', key: 'SUP', type: 'service_desk' });
    expect(fixed).toEqual({ value: '10000', label: 'SUP' });
    expect(options).toEqual([fixed]);
  });
});

describe('projectSearch', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('asks the server once the person stops typing, with the last input', async () => {
    const search = jest.fn(async (query: string) => [{ id: '10001', key: 'ENG', name: `Engineering ${query}` }]);
    const load = projectSearch(search, () => {}, 250);
    void load('E');
    void load('En');
    const answer = load(' Eng ');
    await jest.advanceTimersByTimeAsync(250);
    await expect(answer).resolves.toEqual([{ value: '10001', label: 'Engineering Eng (ENG)' }]);
    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith('Eng');
  });

  it('answers a failed search with no options and reports the error', async () => {
    const failure = new Error('boom');
    const onError = jest.fn();
    const answer = projectSearch(() => Promise.reject(failure), onError, 10)('x');
    await jest.advanceTimersByTimeAsync(10);
    await expect(answer).resolves.toEqual([]);
    expect(onError).toHaveBeenCalledWith(failure);
  });
});
