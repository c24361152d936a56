import type { MethodMessages } from '../catalogue/method.js';
import { TERMS } from './terms.js';

/** 方法说明附录的中文文本。 */
export const stepsZh: MethodMessages = {
  intro: (p) =>
    `得分由 ${p.engine} ${p.version} 按以下${p.count}个步骤依次计算。各段文字均根据随结果保存的方法记录（results.json 中的“method”）生成，记录载明本次评估的每一项选择和参数。`,
  notReplayable: (p) => `该记录无法精确重现结果：${p.reason}。`,
  title: {
    measure: '从填报主体回答到指标数值',
    impute: '缺失值插补',
    treat: '异常值处理',
    normalise: '标准化',
    aggregate: '加权汇总与权重',
    members: '填报主体得分',
    policy: '政策协同',
    actions: '行动计划',
    benchmark: `排名、百分位与${TERMS.peerMedian}`,
    baseline: '与基准结果的比较',
    sensitivity: '敏感性分析',
  },

  measure: (p) =>
    `填报主体的回答按评估框架为各指标规定的汇总规则（均值、中位数、“是”的比例、计数或区域统计）合成一个指标数值。一项指标只有在至少${p.minAnswers}家填报主体作答（框架可对个别指标提出更高要求）、且作答者占填报主体的比例不低于${p.minShare}时才予以评分；否则视为数据不足，不计入得分，也从不按零分处理。`,

  impute: {
    method: {
      mean: () => '每个缺失的指标数值以本次评估中有数值的集群的均值替代。',
      median: () => '每个缺失的指标数值以本次评估中有数值的集群的中位数替代。',
      group_mean: (p) => `每个缺失的指标数值以本次评估中${p.group}相同且有数值的集群的均值替代。`,
      group_median: (p) => `每个缺失的指标数值以本次评估中${p.group}相同且有数值的集群的中位数替代。`,
    },
    name: { mean: '集群均值', median: '集群中位数', group_mean: '组内均值', group_median: '组内中位数' },
    group: { region: '地区', industryCode: '行业代码' },
    attribute: (p) => `属性“${p.name}”`,
    grouped: (p) => `${p.name}（${p.group}）`,
    noGroup: '未指定用于分组的属性，因此没有插补任何数值。',
    flagged: '插补的数值列于下文并在结果中标注；原测得数值及其状态仍如实保留。',
  },

  treat: (p) =>
    `异常值按指标在本次评估的各集群之间处理：当其数值偏度的绝对值不低于${p.skewness}且峰度不低于${p.kurtosis}时，将最极端的数值缩尾（替换为向内相邻的数值），最多处理${p.maxPoints}个数值。若检验仍不通过，则撤销缩尾，改为对数变换（保持数值顺序）。每个经处理的数值均列于下文。`,

  normalise: {
    method: {
      goalposts: (p) =>
        `各指标数值按评估框架中固定的目标值区间换算为0–${p.scale}分，因此不同年度的得分可以相互比较：数值越高越好的指标，得分 =（数值 − 下限）÷（上限 − 下限）× ${p.scale}；数值越低越好的指标，得分 =（上限 − 数值）÷（上限 − 下限）× ${p.scale}。`,
      minmax: (p) =>
        `各指标在本次评估的集群之间按极差标准化（min–max）：得分 =（数值 − 最小值）÷（最大值 − 最小值）×（${p.upper} − ${p.lower}）+ ${p.lower}，数值最低的集群得${p.lower}分，最高的得${p.upper}分。得分反映本次评估各集群之间的比较，而非年度间的比较。`,
      zscore: (p) =>
        `各指标在本次评估的集群之间标准化为Z分数：得分 =（数值 − 均值）÷ 标准差 × ${p.sd} + ${p.mean}，标准差按n − 1计算，因此得分的均值为${p.mean}、标准差为${p.sd}。得分反映本次评估各集群之间的比较，而非年度间的比较。`,
      prank: (p) =>
        `各指标换算为在本次评估集群中的百分位排名：得分 =（名次 − 1）÷（有数值的集群数 − 1）× ${p.scale}，最低值得0分，最高值得${p.scale}分；数值相同者取较低的名次。`,
      rank: () => '各指标换算为在本次评估集群中的名次：最低值为1，其他数值为1加上数值更低的集群数，因此数值相同者名次相同。',
      dist2targ: (p) =>
        `各指标按与目标值的距离评分：得分 =（1 −（目标值 − 数值）÷（目标值 − 最小值））× ${p.scale}，最高为${p.scale}分，因此本次评估集群中的最低值得0分，达到或超过目标值得${p.scale}分。目标值为框架中该指标自身的目标值，未设定时取得分最高一端的目标值区间端点。`,
      dist2max: (p) =>
        `各指标按与最佳集群的距离评分：得分 =（1 −（最大值 − 数值）÷（最大值 − 最小值））× ${p.scale}，因此本次评估集群中的最高值得${p.scale}分，最低值得0分。`,
    },
    name: {
      goalposts: (p) => (p.truncate ? '目标值区间（截断）' : '目标值区间（不截断）'),
      minmax: (p) => `极差标准化至${p.lower}–${p.upper}`,
      zscore: (p) => `Z分数（均值${p.mean}、标准差${p.sd}）`,
      prank: (p) => `百分位排名 × ${p.scale}`,
      rank: () => '名次',
      dist2targ: (p) => `与目标值的距离 × ${p.scale}`,
      dist2max: (p) => `与最佳集群的距离 × ${p.scale}`,
    },
    brief: {
      goalposts: (p) => `得分按评估框架的目标值区间标准化为0–${p.scale}分。`,
      minmax: (p) => `得分为参评集群之间的极差标准化得分，范围为${p.lower}–${p.upper}。`,
      zscore: (p) => `得分为参评集群之间的Z分数，均值为${p.mean}、标准差为${p.sd}。`,
      prank: (p) => `得分为在参评集群中的百分位排名，范围为0–${p.scale}。`,
      rank: () => '得分为在参评集群中的名次，最低值为1。',
      dist2targ: (p) => `得分衡量与各指标目标值的距离，范围为0–${p.scale}。`,
      dist2max: (p) => `得分衡量与参评集群中最佳者的距离，范围为0–${p.scale}。`,
    },
    truncate: (p) => (p.truncate ? `超出目标值区间的数值按所超出的限值截断，因此得0分或${p.scale}分。` : `超出目标值区间的数值不作截断，得分可能低于0或高于${p.scale}。`),
    lowerIsBetter: '数值越低越好的指标先取相反数，使数值越低得分越高。',
    undefinedScores: '若某指标的数值无法采用该方法（各集群数值相同、仅有一个集群或没有目标值），其得分留空，绝不推测。',
  },

  aggregate: {
    method: {
      arithmetic: '加权算术平均 Σ w·x ÷ Σ w，其中一部分的高分可以完全弥补另一部分的低分',
      geometric: '加权几何平均 exp(Σ w·ln x ÷ Σ w)，其中的弥补只是部分的：任一部分为0分则整体为0分，出现负分则整体不予评分',
      harmonic: '加权调和平均 Σ w ÷ Σ (w ÷ x)，弥补程度最低：任一部分为0分则整体为0分，出现负分则整体不予评分',
    },
    name: { arithmetic: '算术平均', geometric: '几何平均', harmonic: '调和平均' },
    hierarchy: (p) => `指标得分汇总为维度得分，维度得分再逐级汇总为各项指数，均采用${p.means}。权重取自评估框架（见下表），在同一上级之内相对而言。`,
    minCoverage: (p) => `没有得分的部分不计入，其余部分重新赋权，使权重合计为1；只有当有得分的部分至少占维度或指数权重的${p.minCoverage}时，该维度或指数才予以评分。`,
    overrides: (p) => `评估框架为部分上级指定了各自的方法：${p.list}。`,
    override: (p) => `${p.parent}采用${p.method}`,
    weights: (p) => `以下权重替代评估框架的权重：${p.list}。`,
    weight: (p) => `${p.parent}中的${p.child}为${p.weight}`,
    policyIndexAlone: (p) => `本次评估未指定政策方案，因此${p.index}不含政策目标，${p.count === '1' ? `仅为${p.components}的得分` : `仅为${p.components}的加权平均`}。`,
  },

  members: (p) =>
    `每家填报主体自身的维度得分仅根据其本身的回答计算，按评估框架的目标值区间标准化，并采用与集群得分相同的权重和汇总方法。填报主体得分的四分位数仅在至少${p.minGroupSize}家填报主体有得分时公布，以免泄露少数填报主体的回答。`,

  policy: {
    profile: (p) => `政策协同对照政策方案“${p.profile}”（${p.id}）衡量。`,
    partialCredit: {
      linear: '每项目标按线性部分得分计算达成度：目标为“不低于T”时，数值达到T得100分，否则得100 × 数值 ÷ T；目标为“不高于T”时，数值不高于T得100分，否则得100 × T ÷ 数值。',
    },
    strictTargets: '目标为“高于T”（“低于T”）时，数值须高于T（低于T）才算达到：数值恰为T时同样得100分，但不算达到，列入差距表，差距为0%。',
    targets: (p) => `各重点领域的达成度为其有数值目标的加权平均；目标达成度为有数值的重点领域的加权平均，前提是这些领域至少占政策方案权重的${p.minCoverage}。`,
    blend: (p) => `${p.index} = ${p.targetWeight} × ${TERMS.targetAttainment} + ${p.uptakeWeight} × ${TERMS.uptake}，其中${TERMS.uptake}为${p.index}自身组成部分（${p.components}）的得分。`,
    blendScaled: (p) =>
      `${p.index} =（${p.targetWeight} × ${TERMS.targetAttainment} + ${p.uptakeWeight} × ${TERMS.uptake}）÷ ${p.sum}：权重${p.targetWeight}和${p.uptakeWeight}除以二者之和${p.sum}，因此${TERMS.targetAttainment}占${p.targetShare}，${TERMS.uptake}占${p.uptakeShare}。${TERMS.uptake}为${p.index}自身组成部分（${p.components}）的得分。`,
    missingPart: (p) => `若其中一部分没有数值，则由另一部分单独计分，前提是其权重占比不低于${p.minCoverage}。`,
    noUptake: (p) =>
      `评估框架没有衡量${TERMS.uptake}的指数，因此政策协同得分仅由${TERMS.targetAttainment}构成：在权重${p.targetWeight}（目标）和${p.uptakeWeight}（使用度）中，只有目标部分（占${p.targetShare}）有数值，且该占比须不低于${p.minCoverage}。`,
    alignmentScore: '政策协同得分',
    rates: (p) => `条件核对中，货币与门槛不同的金额按本次运行给定的汇率换算：${p.list}。`,
    rate: (p) => `1 ${p.from} = ${p.rate} ${p.to}`,
    noRates: '未给定汇率：门槛货币与集群货币不同的金额类条件不适用。',
  },

  actions: (p) =>
    `行动计划由评分引擎计算，而非估计：对本集群未达到的每项政策目标，仅将本集群该指标设为目标值，按原参数重新运行上文第${p.steps}步；各指数可提高的分数为假设情形得分减去实际得分。列出总提高分数最大的${p.maxActions}项目标。`,
  actionField: { measure: '扶持措施', actor: '通常的实施主体', horizon: '时限' },
  actionsGiven: (p) => `各项行动的${p.list}由政策方案给出。`,
  actionsSome: (p) => `政策方案仅为其中部分目标给出了${p.list}。`,
  actionsNone: (p) => `政策方案未给出这些目标的${p.list}。`,

  benchmark: {
    min: '各集群按每项得分排名，得分最高者为第1名；得分相同的集群并列取其中最好的名次（90、80、80、70分别为第1、2、2、4名），与R语言rank函数的“min”并列规则（COINr）一致。百分位为得分低于本集群的其他有得分集群所占比例，并列者按一半计。排名和百分位均在本次评估的全部集群（不论行业）之间计算。',
    peers: (p) =>
      `${TERMS.peerMedian}、美国集群地图项目的强集群检验和欧洲集群观察站式星级仅在对标组内计算：对标组为本次评估中对标组代码相同（工作簿所填对标组，否则为行业代码）的集群，且至少须有${p.minPeers}个集群。没有这样对标组的集群改为与${p.against}比较。`,
    config: '配置文件为部分集群指定了对标组，优先于工作簿中的设置。',
  },

  baseline: {
    source: (p) => `变化以先前的评估结果为基准，该结果采用评估框架 ${p.framework}、由 ${p.engine} 计算；指标变化比较的是测得的数值。`,
    cluster: (p) => `本集群与其${p.year}年的评估结果相比较。`,
    absent: '先前的结果中没有本集群，因此不显示其变化。',
    comparable: (p) => `两者采用同一评估框架 ${p.framework}，得分可以相互比较。`,
    comparableExcept: (p) => `两者采用同一评估框架 ${p.framework}，除下列各项外，得分可以相互比较。`,
    noneCompared: (p) => `两者采用同一评估框架 ${p.framework}，但因下述原因，未比较任何得分或数值。`,
    mismatch: (p) => `先前的结果采用的评估框架或框架版本与本次评估（${p.framework}）不同，因此不比较任何得分或数值。`,
    rule: '仅比较可比的得分：评估框架编号和版本相同，其下各指标的标准化方法和目标值区间相同，政策协同指数还须政策方案编号和版本相同，且基期的调查年份更早。未比较的项目均列明原因。',
    forced: '本次运行强制与调查年份不早于本次调查的基期进行比较。',
  },

  sensitivity: {
    draws: (p) => `得分和排名的不确定性通过${p.draws}次蒙特卡洛抽样估计，随机种子为${p.seed}，因此该分析可以完全重现。`,
    weights: (p) => `每次抽样中，每个权重乘以${p.low}至${p.high}之间的随机系数（±${p.fraction}）。`,
    weightsFixed: '权重保持不变。',
    drawn: (p) => `${p.what}从以下选项中随机抽取：${p.list}。`,
    fixed: (p) => `每次抽样的${p.what}相同：${p.choice}。`,
    imputationAsRun: '缺失值插补保持不变。',
    noImputation: '不插补',
    what: { imputation: '缺失值插补', normalisation: '标准化方法', aggregation: '汇总方法' },
    varied: { weights: (p) => `权重（最多变动±${p.fraction}）`, imputation: '缺失值插补', normalisation: '标准化方法', aggregation: '汇总方法' },
    summary: (p) => `每次抽样从第一个变动的步骤起重新计算。对${p.targets}报告各集群得分和排名在各次抽样中的中位数及5%–95%区间。`,
  },
};
