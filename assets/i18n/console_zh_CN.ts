<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AfterSection</name>
    <message>
        <location filename="../../console/plans/after_sections.py" line="21"/>
        <source>Visit summary</source>
        <translation>到访总结</translation>
    </message>
    <message>
        <location filename="../../console/plans/after_sections.py" line="28"/>
        <source>Save summary</source>
        <translation>保存总结</translation>
    </message>
    <message>
        <location filename="../../console/plans/after_sections.py" line="30"/>
        <source>Follow-up call</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <location filename="../../console/plans/after_sections.py" line="33"/>
        <source>Schedule…</source>
        <translation>安排回访…</translation>
    </message>
    <message>
        <location filename="../../console/plans/after_sections.py" line="34"/>
        <source>Record call…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <location filename="../../console/plans/after_sections.py" line="43"/>
        <source>A summary exists (by %1); your role cannot read it.</source>
        <translation>已有到访总结（%1 撰写）；您的角色无权查看。</translation>
    </message>
    <message>
        <location filename="../../console/plans/after_sections.py" line="45"/>
        <source>Written by %1.</source>
        <translation>由 %1 撰写。</translation>
    </message>
    <message>
        <location filename="../../console/plans/after_sections.py" line="47"/>
        <source>The host writes the summary after the visit; saving it completes the plan.</source>
        <translation>来访结束后由接待人撰写总结；保存后方案即完成。</translation>
    </message>
    <message>
        <location filename="../../console/plans/after_sections.py" line="54"/>
        <source>Leaves %1; journey %2 min; call due %3.</source>
        <translation>%1 离开；路程 %2 分钟；%3 回访。</translation>
    </message>
    <message>
        <location filename="../../console/plans/after_sections.py" line="57"/>
        <source>Not scheduled yet.</source>
        <translation>尚未安排。</translation>
    </message>
    <message>
        <location filename="../../console/plans/after_sections.py" line="59"/>
        <source>no rating</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../console/plans/after_sections.py" line="60"/>
        <source>Called at %1 by %2 (%3): %4</source>
        <translation>%1 由 %2 回访（%3）：%4</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../console/plans/dialogs.py" line="59"/>
        <source>Decide on the request</source>
        <translation>审批接待申请</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="60"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="69"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="70"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="83"/>
        <source>Return to requester</source>
        <translation>退回申请人</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="85"/>
        <source>%1 (%2), %3 people, %4 to %5. Proposed level: %6.</source>
        <translation>%1（%2），%3 人，%4 至 %5。申请级别：%6。</translation>
    </message>
</context>
<context>
    <name>ApprovalSection</name>
    <message>
        <location filename="../../console/plans/request_sections.py" line="64"/>
        <source>Lodging</source>
        <translation>住宿</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="65"/>
        <source>Accompanied by</source>
        <translation>陪同人员</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="66"/>
        <source>Vehicle</source>
        <translation>用车</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="67"/>
        <source>Refreshments</source>
        <translation>茶点</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="68"/>
        <source>Extras</source>
        <translation>其他安排</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="79"/>
        <location filename="../../console/plans/request_sections.py" line="121"/>
        <source>Approve or return…</source>
        <translation>批准或退回…</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="84"/>
        <source>Standards</source>
        <translation>接待标准</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="92"/>
        <source>Lunch, party, up to</source>
        <translation>午餐（全体）上限</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="93"/>
        <source>Dinner, party, up to</source>
        <translation>晚餐（全体）上限</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="101"/>
        <source>Save standards</source>
        <translation>保存标准</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="109"/>
        <source>Waiting for a leader&apos;s decision.</source>
        <translation>等待领导审批。</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="110"/>
        <source>No decision yet.</source>
        <translation>尚未审批。</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="112"/>
        <source>Returned by %1 at %2: %3</source>
        <translation>%1 于 %2 退回：%3</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="115"/>
        <source>Approved by %1 at %2 as %3.</source>
        <translation>%1 于 %2 批准，级别：%3。</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="122"/>
        <source>Change level…</source>
        <translation>调整级别…</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="123"/>
        <source>Only a leader or an administrator approves plans and adjusts their standards.</source>
        <translation>只有领导或管理员可以审批方案、调整接待标准。</translation>
    </message>
</context>
<context>
    <name>AttentionBanner</name>
    <message>
        <location filename="../../console/desk/banner.py" line="37"/>
        <source>Hide list</source>
        <translation>收起</translation>
    </message>
    <message>
        <location filename="../../console/desk/banner.py" line="39"/>
        <source>Show all (%1)</source>
        <translation>展开全部（%1）</translation>
    </message>
    <message>
        <location filename="../../console/desk/banner.py" line="41"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../console/security/audit_view.py" line="22"/>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../console/security/audit_view.py" line="23"/>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../console/security/audit_view.py" line="24"/>
        <source>Operator locked out</source>
        <translation>操作员已锁定</translation>
    </message>
    <message>
        <location filename="../../console/security/audit_view.py" line="25"/>
        <source>Settings changed</source>
        <translation>设置变更</translation>
    </message>
    <message>
        <location filename="../../console/security/audit_view.py" line="26"/>
        <source>Revealed</source>
        <translation>查看完整信息</translation>
    </message>
    <message>
        <location filename="../../console/security/audit_view.py" line="27"/>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../console/security/audit_view.py" line="28"/>
        <source>Enquiry</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../console/security/audit_view.py" line="29"/>
        <source>Purged</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../console/security/audit_view.py" line="30"/>
        <source>Erased</source>
        <translation>已删除个人数据</translation>
    </message>
    <message>
        <location filename="../../console/security/audit_view.py" line="31"/>
        <source>Watchlist</source>
        <translation>关注名单</translation>
    </message>
    <message>
        <location filename="../../console/security/audit_view.py" line="32"/>
        <source>Alert</source>
        <translation>警报</translation>
    </message>
    <message>
        <location filename="../../console/security/audit_view.py" line="34"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/security/audit_view.py" line="34"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../console/security/audit_view.py" line="35"/>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../console/security/audit_view.py" line="35"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../console/security/audit_view.py" line="36"/>
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../console/security/audit_view.py" line="36"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../console/security/audit_view.py" line="86"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../console/security/audit_view.py" line="91"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../console/security/audit_view.py" line="120"/>
        <source>%1 entries (newest first)</source>
        <translation>共 %1 条（最新在前）</translation>
    </message>
</context>
<context>
    <name>BudgetSection</name>
    <message>
        <location filename="../../console/plans/running_sections.py" line="77"/>
        <location filename="../../console/plans/running_sections.py" line="79"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="77"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="77"/>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="78"/>
        <source>Left</source>
        <translation>结余</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="79"/>
        <source>Entered</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="80"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="80"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="80"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="81"/>
        <source>By</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="81"/>
        <source>Signed by</source>
        <translation>签单人</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="91"/>
        <source>Add expense…</source>
        <translation>添加费用…</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="92"/>
        <source>Set budget…</source>
        <translation>设置预算…</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="93"/>
        <source>Sign off</source>
        <translation>签单确认</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="94"/>
        <source>Print / PDF…</source>
        <translation>打印 / PDF…</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="109"/>
        <source>In all: budget %1, spent %2, left %3.</source>
        <translation>合计：预算 %1，已支出 %2，结余 %3。</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="121"/>
        <source>A leader or an administrator signs the expenses off.</source>
        <translation>费用由领导或管理员签单确认。</translation>
    </message>
</context>
<context>
    <name>ClinicDesk</name>
    <message>
        <location filename="../../console/desk/clinic_view.py" line="23"/>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_view.py" line="24"/>
        <source>With a patient</source>
        <translation>有病人</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_view.py" line="25"/>
        <source>Preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_view.py" line="26"/>
        <source>Ticket</source>
        <translation>排队号</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_view.py" line="26"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_view.py" line="55"/>
        <source>Call next in</source>
        <translation>叫下一位</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_view.py" line="56"/>
        <source>Call nurse to lead in</source>
        <translation>请护士带入</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_view.py" line="70"/>
        <source>late: lost the slot</source>
        <translation>迟到：已过保留时间</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_view.py" line="72"/>
        <source>delayed %1 min</source>
        <translation>延误 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_view.py" line="75"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_view.py" line="137"/>
        <source>Emergency: %1 %2 for Dr %3. See the clinic desk.</source>
        <translation>急诊：%1 %2，%3医生。请查看门诊前台。</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_view.py" line="171"/>
        <source>Leaves</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_view.py" line="192"/>
        <source>Called: %1</source>
        <translation>已叫号：%1</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_view.py" line="204"/>
        <source>With the doctor: see them off</source>
        <translation>就诊中：送客</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_view.py" line="205"/>
        <source>No patient is waiting. Set a doctor&apos;s status, or register a patient.</source>
        <translation>暂无候诊患者。可设置医生状态，或为患者挂号。</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_register.py" line="31"/>
        <source>First visit</source>
        <translation>初诊</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_register.py" line="31"/>
        <source>Injury</source>
        <translation>外伤急诊</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_register.py" line="32"/>
        <source>Emergency</source>
        <translation>一般急诊</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_register.py" line="116"/>
        <source>%1 registered: ticket printing.</source>
        <translation>%1 已挂号，正在打印排队号。</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_register.py" line="119"/>
        <source>Register a patient</source>
        <translation>患者挂号</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_register.py" line="124"/>
        <location filename="../../console/desk/clinic_view.py" line="27"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_register.py" line="124"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_register.py" line="124"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_register.py" line="125"/>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_register.py" line="125"/>
        <source>Appointment time</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_register.py" line="126"/>
        <source>Heard of us</source>
        <translation>获悉途径</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_register.py" line="126"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_register.py" line="128"/>
        <source>Register and print ticket</source>
        <translation>挂号并打印排队号</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_register.py" line="31"/>
        <location filename="../../console/desk/clinic_view.py" line="27"/>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_view.py" line="28"/>
        <source>Wait</source>
        <translation>等候</translation>
    </message>
    <message>
        <location filename="../../console/desk/clinic_view.py" line="28"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../../console/window.py" line="254"/>
        <source>Reception console</source>
        <translation>前台接待台</translation>
    </message>
    <message>
        <location filename="../../console/chrome.py" line="63"/>
        <source>Reception console · %1</source>
        <translation>前台接待台 · %1</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="153"/>
        <source>Today&apos;s visits</source>
        <translation>今日访客</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_tab.py" line="128"/>
        <source>This desk has no printer configured.</source>
        <translation>本前台未配置打印机。</translation>
    </message>
    <message>
        <location filename="../../console/sections.py" line="58"/>
        <source>Clinic desk</source>
        <translation>门诊前台</translation>
    </message>
    <message>
        <location filename="../../console/sections.py" line="59"/>
        <source>Expected</source>
        <translation>预约来访</translation>
    </message>
    <message>
        <location filename="../../console/sections.py" line="60"/>
        <source>Hosts</source>
        <translation>被访人名录</translation>
    </message>
    <message>
        <location filename="../../console/sections.py" line="61"/>
        <source>Reception levels</source>
        <translation>接待级别</translation>
    </message>
    <message>
        <location filename="../../console/sections.py" line="63"/>
        <source>Reception plans</source>
        <translation>接待方案</translation>
    </message>
    <message>
        <location filename="../../console/sections.py" line="65"/>
        <source>Gate</source>
        <translation>门岗</translation>
    </message>
    <message>
        <location filename="../../console/sections.py" line="67"/>
        <source>On site</source>
        <translation>在场人员</translation>
    </message>
    <message>
        <location filename="../../console/sections.py" line="69"/>
        <location filename="../../console/sections.py" line="96"/>
        <source>Security</source>
        <translation>安保</translation>
    </message>
    <message>
        <location filename="../../console/sections.py" line="70"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../console/sections.py" line="72"/>
        <source>Visitor log</source>
        <translation>访客登记表</translation>
    </message>
    <message>
        <location filename="../../console/sections.py" line="75"/>
        <source>Stations</source>
        <translation>站点状态</translation>
    </message>
    <message>
        <location filename="../../console/sections.py" line="76"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../console/sections.py" line="78"/>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location filename="../../console/sections.py" line="79"/>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../console/sections.py" line="82"/>
        <source>Photo and documents</source>
        <translation>照片与签署文件</translation>
    </message>
    <message>
        <location filename="../../console/sections.py" line="96"/>
        <source>Reception</source>
        <translation>接待</translation>
    </message>
    <message>
        <location filename="../../console/sections.py" line="97"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../console/sections.py" line="97"/>
        <source>Setup</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="198"/>
        <source>Security alert: see the Security section.</source>
        <translation>安保警报：请查看“安保”页。</translation>
    </message>
    <message>
        <location filename="../../console/plans/save_pdf.py" line="31"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../console/plans/save_pdf.py" line="32"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../console/plans/save_pdf.py" line="38"/>
        <source>Could not write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location filename="../../console/plans/save_pdf.py" line="40"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../console/desk/waiting_tab.py" line="127"/>
        <source>Reminder settings saved.</source>
        <translation>提醒设置已保存。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="232"/>
        <source>Signed in as %1.</source>
        <translation>已登录：%1。</translation>
    </message>
    <message>
        <location filename="../../console/chrome.py" line="64"/>
        <source>Find a visit: name, pinyin, company or host (Ctrl+F)</source>
        <translation>查找来访：姓名、拼音、单位或被访人（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../console/chrome.py" line="66"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../console/desk/waiting_tab.py" line="119"/>
        <source>Reminder settings…</source>
        <translation>提醒设置…</translation>
    </message>
    <message>
        <location filename="../../console/desk/waiting_tab.py" line="120"/>
        <source>Open the reception plan…</source>
        <translation>打开接待方案…</translation>
    </message>
    <message>
        <location filename="../../console/chrome.py" line="67"/>
        <source>Lock the console (Ctrl+L)</source>
        <translation>锁定工作台（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../console/chrome.py" line="134"/>
        <source>Shortcut: %1</source>
        <translation>快捷键：%1</translation>
    </message>
    <message>
        <location filename="../../console/chrome.py" line="70"/>
        <source>Switch language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="152"/>
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location filename="../../console/desk/attention.py" line="84"/>
        <source>The notification is being sent again.</source>
        <translation>正在重新发送通知。</translation>
    </message>
    <message>
        <location filename="../../console/desk/attention.py" line="105"/>
        <source>A badge needs your attention: see the list below.</source>
        <translation>有访客证需要处理，请查看下方列表。</translation>
    </message>
    <message>
        <location filename="../../console/desk/attention.py" line="114"/>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_tab.py" line="201"/>
        <source>A new badge for %1 is being printed at this desk.</source>
        <translation>正在本前台为 %1 补打访客证。</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_tab.py" line="284"/>
        <source>That room is no longer free. Please choose another.</source>
        <translation>该接待室已不空闲，请另选一间。</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_tab.py" line="290"/>
        <source>%1 waits in %3.</source>
        <translation>%1 在%3等候。</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_tab.py" line="291"/>
        <source>%1 waits in the lobby.</source>
        <translation>%1 在大堂等候。</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_tab.py" line="294"/>
        <source>The host of %1 (%2) has been notified again.</source>
        <translation>已再次通知 %1（%2）的被访人。</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_tab.py" line="295"/>
        <source>The host is ready: lead %1 to the host, or the host comes to collect them.</source>
        <translation>被访人已就绪：请引领 %1 前往，或由被访人前来迎接。</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_tab.py" line="297"/>
        <source>%1 (%2) has left. Their message goes to the host.</source>
        <translation>%1（%2）已离开，留言将转告被访人。</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_tab.py" line="299"/>
        <source>The host declines: please tell %1 politely.</source>
        <translation>被访人拒绝接待：请礼貌地告知 %1。</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_tab.py" line="300"/>
        <source>The host has met %1 (%2).</source>
        <translation>被访人已接到 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_tab.py" line="301"/>
        <source>The host saw %1 (%2) out. The visit is over.</source>
        <translation>被访人已送 %1（%2）离开，来访结束。</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_tab.py" line="302"/>
        <source>%1 is back at the desk: please see them out.</source>
        <translation>%1 已回到前台：请送访客离开。</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_tab.py" line="303"/>
        <source>%1 (%2) has been seen out. The visit is over.</source>
        <translation>已送 %1（%2）离开，来访结束。</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_tab.py" line="304"/>
        <source>%1 (%2) is checked out.</source>
        <translation>%1（%2）已签出。</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_tab.py" line="185"/>
        <source>Today: %1 · On site: %2</source>
        <translation>今日：%1 · 在场：%2</translation>
    </message>
</context>
<context>
    <name>EraseReasonDialog</name>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="32"/>
        <source>Erase personal data</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="50"/>
        <source>Why is the data of %1 erased? (For example: their written request of today.) The reason is kept in the audit log.</source>
        <translation>为什么删除 %1 的个人信息？（例如：本人今日的书面申请。）原因将记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="33"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="58"/>
        <source>Please write the reason.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
<context>
    <name>ExpectedVisits</name>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="23"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="24"/>
        <source>Senior</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="25"/>
        <source>VIP</source>
        <translation>特级</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="28"/>
        <source>Not said</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="29"/>
        <source>Comes on their own</source>
        <translation>自行前来</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="30"/>
        <source>We pick them up</source>
        <translation>我方接送</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="35"/>
        <location filename="../../console/desk/expected_view.py" line="44"/>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="36"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="37"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="38"/>
        <location filename="../../console/desk/expected_view.py" line="45"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="39"/>
        <location filename="../../console/desk/expected_view.py" line="46"/>
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="40"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="41"/>
        <location filename="../../console/desk/expected_view.py" line="43"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="42"/>
        <source>Reception level</source>
        <translation>接待级别</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="43"/>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="44"/>
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="45"/>
        <source>Pickup</source>
        <translation>接送</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="46"/>
        <source>Lodging</source>
        <translation>住宿</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="47"/>
        <source>Meals</source>
        <translation>用餐</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="48"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="49"/>
        <source>Others in the group</source>
        <translation>同行人员</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="65"/>
        <source>New expected visit</source>
        <translation>新建预约</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="159"/>
        <source>Type a name, pinyin or department</source>
        <translation>输入姓名、拼音或部门</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="160"/>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="161"/>
        <source>optional; the invitation with its QR code is sent here</source>
        <translation>选填；带二维码的邀请将发送到此邮箱</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="162"/>
        <source>Where, e.g. the station&apos;s north exit</source>
        <translation>地点，如：火车站北出口</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="163"/>
        <source>A group: I am entering the leader</source>
        <translation>团队：此处填写领队</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="164"/>
        <source>Confidential (保密): only security and administrators can find this visit</source>
        <translation>保密：只有安保和管理员能查到此来访</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="166"/>
        <source>One name per line. Everyone gets their own invitation code.</source>
        <translation>每行一个姓名。每人各有自己的邀请码。</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_dialog.py" line="66"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="47"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="48"/>
        <source>Party</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="49"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="50"/>
        <source>Invitation e-mail</source>
        <translation>邀请邮件</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="53"/>
        <source>Expected</source>
        <translation>待到访</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="54"/>
        <source>Arrived</source>
        <translation>已到访</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="55"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="56"/>
        <source>No-show</source>
        <translation>未到访</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="59"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="60"/>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="61"/>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="62"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="63"/>
        <source>Not sent: failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="64"/>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="68"/>
        <source>New expected visit…</source>
        <translation>新建预约…</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="69"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="70"/>
        <source>Show invitation</source>
        <translation>查看邀请</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="71"/>
        <source>Cancel invitation…</source>
        <translation>取消邀请…</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="72"/>
        <source>Mark no-shows…</source>
        <translation>标记未到访…</translation>
    </message>
    <message>
        <location filename="../../console/desk/invitation_dialog.py" line="16"/>
        <source>Any time</source>
        <translation>全天</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="85"/>
        <source>with %1</source>
        <translation>随 %1</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="87"/>
        <source>leader, %1 people</source>
        <translation>领队，共 %1 人</translation>
    </message>
    <message>
        <location filename="../../console/desk/invitation_dialog.py" line="65"/>
        <source>Invitation for %1</source>
        <translation>%1 的邀请</translation>
    </message>
    <message>
        <location filename="../../console/desk/invitation_dialog.py" line="69"/>
        <source>Host: %1</source>
        <translation>被访人：%1</translation>
    </message>
    <message>
        <location filename="../../console/desk/invitation_dialog.py" line="71"/>
        <source>Save PNG…</source>
        <translation>保存 PNG…</translation>
    </message>
    <message>
        <location filename="../../console/desk/invitation_dialog.py" line="72"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../console/desk/invitation_dialog.py" line="76"/>
        <source>Save the invitation&apos;s QR code</source>
        <translation>保存邀请二维码</translation>
    </message>
    <message>
        <location filename="../../console/desk/invitation_dialog.py" line="77"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../console/desk/invitation_dialog.py" line="87"/>
        <source>Could not save the file: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="164"/>
        <source>(not in the directory)</source>
        <translation>（不在通讯录中）</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="186"/>
        <source>%1 expected · %2 arrived · %3 no-shows</source>
        <translation>待到 %1 · 已到 %2 · 未到 %3</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="212"/>
        <source>Expected visits</source>
        <translation>预约访客</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="213"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="219"/>
        <source>Shortcut: %1</source>
        <translation>快捷键：%1</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="251"/>
        <source>%1 is expected; invitation code %2.</source>
        <translation>已登记 %1 的预约，邀请码 %2。</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="252"/>
        <source>%1 and %3 others are expected; invitation code %2.</source>
        <translation>已登记 %1 及同行 %3 人的预约，邀请码 %2。</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="255"/>
        <source>The invitation will be e-mailed to %1.</source>
        <translation>邀请将通过邮件发送至 %1。</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="262"/>
        <location filename="../../console/desk/expected_view.py" line="273"/>
        <source>Import expected visits</source>
        <translation>导入预约</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="263"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>表格文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="279"/>
        <source>Imported %1 expected visits; %2 lines not imported.</source>
        <translation>已导入 %1 条预约；%2 行未导入。</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="295"/>
        <source>Cancel the invitation of %1 and of their group (%2 people)?</source>
        <translation>取消 %1 及其团队（共 %2 人）的邀请？</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="297"/>
        <source>Cancel the invitation of %1?</source>
        <translation>取消 %1 的邀请？</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="298"/>
        <source>Cancel invitation</source>
        <translation>取消邀请</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="307"/>
        <source>Invitation cancelled: %1 (%2).</source>
        <translation>已取消邀请：%1（%2 人）。</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="314"/>
        <source>The day is over: mark the %1 guests still expected on %2 and earlier as no-shows? Their codes will no longer work.</source>
        <translation>今日接待结束：将 %2 及之前仍未到访的 %1 位访客标记为未到访？其邀请码将失效。</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="316"/>
        <source>Mark no-shows</source>
        <translation>标记未到访</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="324"/>
        <source>%1 marked as no-shows.</source>
        <translation>已将 %1 人标记为未到访。</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="329"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../console/desk/expected_view.py" line="330"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <location filename="../../console/plans/dialogs.py" line="154"/>
        <source>Add expense</source>
        <translation>添加费用</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="155"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="163"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="167"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="174"/>
        <source>For step</source>
        <translation>所属环节</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="175"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="182"/>
        <source>None (the whole stay)</source>
        <translation>无（整个接待）</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../console/plans/dialogs.py" line="221"/>
        <source>Record the follow-up call</source>
        <translation>记录电话回访</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="222"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="226"/>
        <source>What they said</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="232"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="237"/>
        <source>No rating</source>
        <translation>不评分</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../console/common/form_dialog.py" line="36"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../console/common/form_dialog.py" line="162"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../console/common/form_dialog.py" line="195"/>
        <source>Please correct the marked fields.</source>
        <translation>请更正标出的内容。</translation>
    </message>
</context>
<context>
    <name>GateArrivalsPanel</name>
    <message>
        <location filename="../../console/security/gate_arrivals_panel.py" line="20"/>
        <source>We are sorry: the person you came to see cannot receive you today.</source>
        <translation>非常抱歉，您要拜访的人今天无法接待您。</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_arrivals_panel.py" line="77"/>
        <source>At the gate (%1)</source>
        <translation>门岗来访（%1）</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_arrivals_panel.py" line="96"/>
        <source>no host named</source>
        <translation>未指定被访人</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_arrivals_panel.py" line="97"/>
        <source>%1 → to see %2</source>
        <translation>%1 → 拜访 %2</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_arrivals_panel.py" line="99"/>
        <source>Vehicle %1</source>
        <translation>车辆 %1</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_arrivals_panel.py" line="101"/>
        <source>At the gate since %1</source>
        <translation>%1 起在门岗等候</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_arrivals_panel.py" line="108"/>
        <source>Host receives them</source>
        <translation>被访人接待</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_arrivals_panel.py" line="110"/>
        <source>Host can&apos;t receive them…</source>
        <translation>被访人无法接待…</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_arrivals_panel.py" line="121"/>
        <source>Send to the gate</source>
        <translation>发送给门岗</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_arrivals_panel.py" line="156"/>
        <source>The gate lets %1 in.</source>
        <translation>门岗将为 %1 放行。</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_arrivals_panel.py" line="156"/>
        <source>The gate will tell %1, politely.</source>
        <translation>门岗将礼貌地转告 %1。</translation>
    </message>
</context>
<context>
    <name>GateView</name>
    <message>
        <location filename="../../console/security/gate_texts.py" line="19"/>
        <source>Waiting for reception</source>
        <translation>等待前台答复</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_texts.py" line="20"/>
        <source>Let in</source>
        <translation>已放行</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_texts.py" line="21"/>
        <source>Turned away</source>
        <translation>已婉拒</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_texts.py" line="22"/>
        <source>Left</source>
        <translation>已出厂</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_texts.py" line="26"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_texts.py" line="26"/>
        <source>Name and company</source>
        <translation>姓名与单位</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_texts.py" line="27"/>
        <location filename="../../console/security/gate_view.py" line="75"/>
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_texts.py" line="27"/>
        <location filename="../../console/security/gate_view.py" line="76"/>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_texts.py" line="28"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_texts.py" line="28"/>
        <source>Reception&apos;s answer</source>
        <translation>前台答复</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_texts.py" line="31"/>
        <location filename="../../console/security/gate_texts.py" line="32"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_texts.py" line="31"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_texts.py" line="32"/>
        <source>In</source>
        <translation>入厂</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_texts.py" line="33"/>
        <source>Out</source>
        <translation>出厂</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_texts.py" line="35"/>
        <source>Only security staff can do this at the gate. Please ask the guard on duty.</source>
        <translation>只有安保人员可以在门岗办理此事，请找值班门卫。</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_texts.py" line="37"/>
        <source>This is not one of our gate passes.</source>
        <translation>这不是本单位的放行条。</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_texts.py" line="38"/>
        <source>On the watchlist: %1 Not registered; the security desk has an alert.</source>
        <translation>在关注名单上：%1 未登记；安保台已收到警报。</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_texts.py" line="39"/>
        <source>Host can&apos;t receive them. Please say: “%1”</source>
        <translation>被访人无法接待。请转告：“%1”</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_texts.py" line="40"/>
        <source>Host receives them</source>
        <translation>被访人接待</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_texts.py" line="41"/>
        <source>Reception has been told…</source>
        <translation>已通知前台…</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_texts.py" line="42"/>
        <source>Items differ at the exit</source>
        <translation>出厂物品有差异</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_view.py" line="69"/>
        <source>Register at the gate</source>
        <translation>门岗登记</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_view.py" line="70"/>
        <source>At the gate today</source>
        <translation>今日门岗记录</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_view.py" line="71"/>
        <source>Exit check</source>
        <translation>出厂核验</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_view.py" line="72"/>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_view.py" line="73"/>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_view.py" line="74"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_view.py" line="74"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_view.py" line="74"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_view.py" line="75"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_view.py" line="76"/>
        <source>Parking spot</source>
        <translation>车位</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_view.py" line="78"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_view.py" line="79"/>
        <source>e.g. 粤B·D12345; empty if on foot</source>
        <translation>如 粤B·D12345；步行可不填</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_view.py" line="80"/>
        <source>Type a name, pinyin or department</source>
        <translation>输入姓名、拼音或部门</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_view.py" line="81"/>
        <source>Carried items</source>
        <translation>携带物品</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_view.py" line="83"/>
        <source>Item, e.g. laptop</source>
        <translation>物品，如 笔记本电脑</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_view.py" line="84"/>
        <source>Add item</source>
        <translation>添加物品</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_view.py" line="85"/>
        <source>Remove selected item</source>
        <translation>删除所选物品</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_view.py" line="86"/>
        <source>Register and print pass</source>
        <translation>登记并打印放行条</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_view.py" line="88"/>
        <source>Scan the gate pass, or type its code and press Enter</source>
        <translation>扫描放行条，或输入编码后按回车</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_view.py" line="89"/>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_view.py" line="91"/>
        <source>Note, e.g. why an item stays</source>
        <translation>备注，如物品留下的原因</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_view.py" line="92"/>
        <source>Confirm exit</source>
        <translation>确认出厂</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_exit.py" line="67"/>
        <location filename="../../console/security/gate_view.py" line="95"/>
        <source>Scan a gate pass to see what came in.</source>
        <translation>扫描放行条，查看入厂时携带的物品。</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_register.py" line="151"/>
        <source>Not signed: no pass is printed. %1 may not come in.</source>
        <translation>未签署：不打印放行条，%1 不得入内。</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_register.py" line="171"/>
        <source>Gate pass %1 is printing; reception has been asked about %2.</source>
        <translation>放行条 %1 正在打印；已通知前台确认 %2。</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_register.py" line="179"/>
        <source>This ID card has expired: check another document.</source>
        <translation>此身份证已过期：请查验其他证件。</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_register.py" line="183"/>
        <source>ID card read: %1.</source>
        <translation>已读取身份证：%1。</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_exit.py" line="84"/>
        <source>No items came in with this pass.</source>
        <translation>此放行条未登记携带物品。</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_exit.py" line="95"/>
        <source>What leaves differs from what came in: it will be recorded.</source>
        <translation>出厂物品与入厂不符：将记录在案。</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_exit.py" line="119"/>
        <source>Exit recorded for %1, with a difference:</source>
        <translation>%1 已出厂，物品有差异：</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_exit.py" line="121"/>
        <source>Exit recorded with a difference: %1</source>
        <translation>已出厂，物品有差异：%1</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_exit.py" line="123"/>
        <source>Exit recorded for %1: everything accounted for.</source>
        <translation>%1 已出厂：物品全部核对无误。</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_exit.py" line="125"/>
        <source>Exit recorded: %1</source>
        <translation>已出厂：%1</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_sign.py" line="25"/>
        <source>To be signed by %1</source>
        <translation>签署人：%1</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_sign.py" line="34"/>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_sign.py" line="35"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_sign.py" line="37"/>
        <source>Does not sign</source>
        <translation>不签署</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_sign.py" line="39"/>
        <source>Signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <location filename="../../console/security/gate_copies.py" line="38"/>
        <source>Signed at the gate:</source>
        <translation>在门岗签署：</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <location filename="../../console/plans/after_sections.py" line="70"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/plans/after_sections.py" line="70"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../console/plans/after_sections.py" line="70"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../console/plans/after_sections.py" line="71"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>HostAnswer</name>
    <message>
        <location filename="../../console/desk/host_answer_text.py" line="15"/>
        <source>coming now (%2)</source>
        <translation>马上到（%2）</translation>
    </message>
    <message>
        <location filename="../../console/desk/host_answer_text.py" line="16"/>
        <source>coming in %1 min (%2)</source>
        <translation>%1 分钟后到（%2）</translation>
    </message>
    <message>
        <location filename="../../console/desk/host_answer_text.py" line="17"/>
        <source>please wait in a room</source>
        <translation>请访客在接待室稍候</translation>
    </message>
    <message>
        <location filename="../../console/desk/host_answer_text.py" line="18"/>
        <source>cannot meet: tell the visitor</source>
        <translation>无法会见：请转告访客</translation>
    </message>
    <message>
        <location filename="../../console/desk/host_answer_text.py" line="20"/>
        <source>overdue</source>
        <translation>已超时</translation>
    </message>
</context>
<context>
    <name>HostDirectory</name>
    <message>
        <location filename="../../console/admin/host_dialog.py" line="20"/>
        <location filename="../../console/admin/host_dialog.py" line="39"/>
        <location filename="../../console/admin/hosts_view.py" line="40"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../console/admin/host_dialog.py" line="21"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../../console/admin/host_dialog.py" line="22"/>
        <source>WeCom</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <location filename="../../console/admin/host_dialog.py" line="23"/>
        <source>DingTalk</source>
        <translation>钉钉</translation>
    </message>
    <message>
        <location filename="../../console/admin/host_dialog.py" line="24"/>
        <source>Feishu</source>
        <translation>飞书</translation>
    </message>
    <message>
        <location filename="../../console/admin/host_dialog.py" line="25"/>
        <source>Not notified</source>
        <translation>不通知</translation>
    </message>
    <message>
        <location filename="../../console/admin/host_dialog.py" line="36"/>
        <location filename="../../console/admin/hosts_view.py" line="36"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../console/admin/host_dialog.py" line="37"/>
        <location filename="../../console/admin/hosts_view.py" line="38"/>
        <source>English name</source>
        <translation>英文名</translation>
    </message>
    <message>
        <location filename="../../console/admin/host_dialog.py" line="38"/>
        <location filename="../../console/admin/hosts_view.py" line="39"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../console/admin/host_dialog.py" line="40"/>
        <location filename="../../console/admin/hosts_view.py" line="41"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../console/admin/host_dialog.py" line="41"/>
        <location filename="../../console/admin/hosts_view.py" line="42"/>
        <source>Assistant</source>
        <translation>助理</translation>
    </message>
    <message>
        <location filename="../../console/admin/host_dialog.py" line="42"/>
        <source>Assistant&apos;s phone</source>
        <translation>助理电话</translation>
    </message>
    <message>
        <location filename="../../console/admin/host_dialog.py" line="43"/>
        <location filename="../../console/admin/hosts_view.py" line="43"/>
        <source>Notify by</source>
        <translation>通知方式</translation>
    </message>
    <message>
        <location filename="../../console/admin/host_dialog.py" line="44"/>
        <source>Message language</source>
        <translation>通知语言</translation>
    </message>
    <message>
        <location filename="../../console/admin/host_dialog.py" line="123"/>
        <source>Add host</source>
        <translation>新增被访人</translation>
    </message>
    <message>
        <location filename="../../console/admin/host_dialog.py" line="123"/>
        <source>Edit host</source>
        <translation>编辑被访人</translation>
    </message>
    <message>
        <location filename="../../console/admin/host_dialog.py" line="127"/>
        <source>e.g. 138 0013 8000</source>
        <translation>例如 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../../console/admin/host_dialog.py" line="128"/>
        <source>a number or an extension</source>
        <translation>电话号码或分机号</translation>
    </message>
    <message>
        <location filename="../../console/admin/host_dialog.py" line="86"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../console/admin/host_dialog.py" line="133"/>
        <source>Pinyin: %1 (%2)</source>
        <translation>拼音：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="37"/>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="44"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="46"/>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="48"/>
        <source>A CSV or XLSX file with a header row: 姓名 / Name (required), 英文名, 部门 / Department, 邮箱 / E-mail, 手机 / Mobile, 助理 / Assistant, 助理电话, 通知方式 / Channel, 语言 / Language. A row with the name of a host already listed updates that host; blank cells keep what is there.</source>
        <translation>CSV 或 XLSX 文件，第一行为表头：姓名（必填）、英文名、部门、邮箱、手机、助理、助理电话、通知方式、语言。姓名与名录中已有被访人相同的行会更新该被访人；空白单元格保留原有内容。</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="347"/>
        <location filename="../../console/admin/hosts_view.py" line="379"/>
        <source>Import hosts</source>
        <translation>导入被访人</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="360"/>
        <location filename="../../console/admin/hosts_view.py" line="371"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="372"/>
        <source>Hosts added or updated: %1.</source>
        <translation>已新增或更新被访人：%1 位。</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="374"/>
        <source>Lines not imported: %1. Please correct them in the file and import it again.</source>
        <translation>未导入的行：%1 行。请在文件中更正后重新导入。</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="223"/>
        <source>Host directory</source>
        <translation>被访人名录</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="227"/>
        <source>Filter: name, pinyin, initials, department</source>
        <translation>筛选：姓名、拼音、首字母、部门</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="228"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="229"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="230"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="233"/>
        <source>Or double-click a row.</source>
        <translation>也可双击一行。</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="234"/>
        <source>Only an administrator can change the directory.</source>
        <translation>只有管理员可以修改名录。</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="264"/>
        <source>Active: %1</source>
        <translation>在用：%1</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="266"/>
        <source>Inactive: %1</source>
        <translation>已停用：%1</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="292"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="292"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="295"/>
        <source>A host who left: kept for past visits, no longer offered to visitors.</source>
        <translation>已离职的被访人：保留以供查阅以往来访，不再供访客选择。</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="296"/>
        <source>Offer this host to visitors again.</source>
        <translation>重新供访客选择此被访人。</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="319"/>
        <source>%1 added to the directory.</source>
        <translation>已将 %1 加入名录。</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="322"/>
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="341"/>
        <source>%1 deactivated: visitors no longer see this host.</source>
        <translation>%1 已停用：访客将不再看到此被访人。</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="342"/>
        <source>%1 is active again.</source>
        <translation>%1 已重新启用。</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="349"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>表格文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../console/admin/hosts_view.py" line="365"/>
        <source>Import: %1 added or updated, %2 not imported.</source>
        <translation>导入：%1 条新增或更新，%2 条未导入。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../console/common/import_report.py" line="30"/>
        <source>visitor name (姓名)</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../console/common/import_report.py" line="31"/>
        <source>host (被访人)</source>
        <translation>被访人</translation>
    </message>
    <message>
        <location filename="../../console/common/import_report.py" line="32"/>
        <source>date (日期)</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../console/common/import_report.py" line="44"/>
        <source>The file lacks these columns: %1</source>
        <translation>文件缺少以下列：%1</translation>
    </message>
    <message>
        <location filename="../../console/common/import_report.py" line="89"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../console/common/import_report.py" line="92"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../console/common/import_report.py" line="97"/>
        <source>Expected visits imported: %1.</source>
        <translation>已导入预约：%1 条。</translation>
    </message>
    <message>
        <location filename="../../console/common/import_report.py" line="101"/>
        <source>Lines not imported: %1. Correct them in the file and import it again (lines already imported are not added twice).</source>
        <translation>未导入：%1 行。请在文件中更正后重新导入（已导入的行不会重复添加）。</translation>
    </message>
    <message>
        <location filename="../../console/common/import_report.py" line="108"/>
        <source>Import: %1</source>
        <translation>导入：%1</translation>
    </message>
</context>
<context>
    <name>ItinerarySection</name>
    <message>
        <location filename="../../console/plans/running_sections.py" line="21"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="21"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="22"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="22"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="23"/>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="23"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="28"/>
        <source>Reception person</source>
        <translation>接待人员</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="32"/>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="39"/>
        <source>Add step…</source>
        <translation>添加环节…</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="40"/>
        <source>Edit step…</source>
        <translation>编辑环节…</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="41"/>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="42"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../console/plans/running_sections.py" line="43"/>
        <source>Print / PDF…</source>
        <translation>打印 / PDF…</translation>
    </message>
</context>
<context>
    <name>NotifyPanel</name>
    <message>
        <location filename="../../console/desk/notify_panel.py" line="76"/>
        <source>Hosts not told: please call them</source>
        <translation>未能通知被访人：请电话联系</translation>
    </message>
    <message>
        <location filename="../../console/desk/notify_panel.py" line="49"/>
        <source>Retry sending</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <location filename="../../console/desk/notify_panel.py" line="57"/>
        <source>%1 waits for %2: the message did not go out (%3).</source>
        <translation>%1 在等候 %2：通知未能发出（%3）。</translation>
    </message>
</context>
<context>
    <name>OnSiteView</name>
    <message>
        <location filename="../../console/security/onsite_view.py" line="24"/>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../console/security/onsite_view.py" line="25"/>
        <source>Group member</source>
        <translation>团体成员</translation>
    </message>
    <message>
        <location filename="../../console/security/onsite_view.py" line="26"/>
        <source>Let in at the gate</source>
        <translation>门岗放行</translation>
    </message>
    <message>
        <location filename="../../console/security/onsite_view.py" line="27"/>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../../console/security/onsite_view.py" line="30"/>
        <source>Since</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../../console/security/onsite_view.py" line="30"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../console/security/onsite_view.py" line="31"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/security/onsite_view.py" line="31"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/security/onsite_view.py" line="32"/>
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <location filename="../../console/security/onsite_view.py" line="32"/>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../console/security/onsite_view.py" line="33"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../console/security/onsite_view.py" line="33"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../console/security/onsite_view.py" line="35"/>
        <source>Confidential visitor</source>
        <translation>保密访客</translation>
    </message>
    <message>
        <location filename="../../console/security/onsite_view.py" line="104"/>
        <source>Print evacuation list</source>
        <translation>打印疏散名单</translation>
    </message>
    <message>
        <location filename="../../console/security/onsite_view.py" line="105"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../console/security/onsite_view.py" line="106"/>
        <source>Everyone checked in and not out: visitors, group members and people let in at the gate. For a fire drill, print the list and count at the assembly point.</source>
        <translation>所有已登记入场且尚未离开的人员：访客、团体成员及门岗放行人员。消防演练时，请打印名单并在集合点清点。</translation>
    </message>
    <message>
        <location filename="../../console/security/onsite_view.py" line="113"/>
        <source>On site: %1 people · vehicles: %2</source>
        <translation>在场：%1 人 · 车辆：%2 辆</translation>
    </message>
    <message>
        <location filename="../../console/security/onsite_view.py" line="135"/>
        <source>The evacuation list is printing at this desk (%1 people).</source>
        <translation>疏散名单正在本台打印（%1 人）。</translation>
    </message>
    <message>
        <location filename="../../console/security/onsite_view.py" line="141"/>
        <source>Export the on-site list</source>
        <translation>导出在场人员名单</translation>
    </message>
    <message>
        <location filename="../../console/security/onsite_view.py" line="142"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../console/security/onsite_view.py" line="155"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../console/security/onsite_view.py" line="158"/>
        <source>Exported %1 people to %2</source>
        <translation>已导出 %1 人到 %2</translation>
    </message>
</context>
<context>
    <name>OperatorsView</name>
    <message>
        <location filename="../../console/admin/operators_view.py" line="75"/>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_view.py" line="76"/>
        <source>Add an operator</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_view.py" line="77"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_view.py" line="77"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_view.py" line="77"/>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN（4 至 8 位数字）</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_view.py" line="85"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_view.py" line="86"/>
        <source>Set a new PIN…</source>
        <translation>设置新 PIN…</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_view.py" line="87"/>
        <source>Change role…</source>
        <translation>更改角色…</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_view.py" line="100"/>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_view.py" line="118"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_view.py" line="119"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_view.py" line="134"/>
        <source>%1 can now sign in.</source>
        <translation>%1 现在可以登录了。</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_view.py" line="142"/>
        <source>New PIN</source>
        <translation>新 PIN</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_view.py" line="142"/>
        <source>New PIN for %1 (4 to 8 digits):</source>
        <translation>%1 的新 PIN（4 至 8 位数字）：</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_view.py" line="146"/>
        <source>%1 has a new PIN.</source>
        <translation>%1 的 PIN 已更新。</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_view.py" line="153"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_view.py" line="157"/>
        <source>%1 is now %2.</source>
        <translation>%1 现在是%2。</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_view.py" line="163"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>PlanRemindersPanel</name>
    <message>
        <location filename="../../console/plans/reminders_panel.py" line="25"/>
        <source>%1 %2 · %3 (%4)</source>
        <translation>%1 %2 · %3（%4）</translation>
    </message>
    <message>
        <location filename="../../console/plans/reminders_panel.py" line="26"/>
        <source>Prepare today: %1 · %2 (%3)</source>
        <translation>今日准备：%1 · %2（%3）</translation>
    </message>
    <message>
        <location filename="../../console/plans/reminders_panel.py" line="27"/>
        <source>Follow-up call due %1: %2 (%3)</source>
        <translation>%1 应回访：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../console/plans/reminders_panel.py" line="28"/>
        <source>by %1</source>
        <translation>负责：%1</translation>
    </message>
    <message>
        <location filename="../../console/plans/reminders_panel.py" line="74"/>
        <source>Plan reminders (%1)</source>
        <translation>接待提醒（%1）</translation>
    </message>
    <message>
        <location filename="../../console/plans/reminders_panel.py" line="74"/>
        <source>Plan reminders</source>
        <translation>接待提醒</translation>
    </message>
    <message>
        <location filename="../../console/plans/reminders_panel.py" line="77"/>
        <source>No plan steps or calls due.</source>
        <translation>暂无待办的接待环节或回访。</translation>
    </message>
    <message>
        <location filename="../../console/plans/reminders_panel.py" line="84"/>
        <location filename="../../console/plans/reminders_panel.py" line="90"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../console/plans/reminders_panel.py" line="85"/>
        <location filename="../../console/plans/reminders_panel.py" line="92"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../console/plans/reminders_panel.py" line="102"/>
        <source>Done: %1.</source>
        <translation>已完成：%1。</translation>
    </message>
</context>
<context>
    <name>PlanRequestDialog</name>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="29"/>
        <source>We pick the guest up</source>
        <translation>需要接站</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="30"/>
        <source>Tour of the showroom</source>
        <translation>参观展厅</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="31"/>
        <source>Meeting with company leaders</source>
        <translation>公司领导接见</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="36"/>
        <source>Reception request</source>
        <translation>接待申请</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="37"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="45"/>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="46"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="47"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="48"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="49"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="51"/>
        <source>Party size</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="53"/>
        <source>The visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="54"/>
        <source>Purpose</source>
        <translation>来访目的</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="55"/>
        <source>Must meet</source>
        <translation>需会见</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="56"/>
        <source>Host</source>
        <translation>接待人</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="64"/>
        <source>Arrive / leave</source>
        <translation>到达 / 离开</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="69"/>
        <source>Proposed level</source>
        <translation>申请级别</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="71"/>
        <source>Travel</source>
        <translation>交通</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="82"/>
        <source>Transport</source>
        <translation>交通方式</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="95"/>
        <source>Arrives at</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="96"/>
        <source>Pickup</source>
        <translation>接站</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="98"/>
        <source>Stay</source>
        <translation>食宿</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="99"/>
        <source>Lodging</source>
        <translation>住宿</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="100"/>
        <source>Meals</source>
        <translation>用餐</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="101"/>
        <source>Showroom</source>
        <translation>展厅</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="102"/>
        <source>Leaders</source>
        <translation>领导</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="103"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="149"/>
        <source>Edit and resubmit the request</source>
        <translation>修改并重新提交申请</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="154"/>
        <source>Type a name, pinyin or department</source>
        <translation>输入姓名、拼音或部门</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="155"/>
        <source>Flight or train no.</source>
        <translation>航班或车次</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="156"/>
        <source>Where, e.g. Terminal 2</source>
        <translation>地点，如 T2 航站楼</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="157"/>
        <source>known</source>
        <translation>已知</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_dialog.py" line="158"/>
        <source>optional</source>
        <translation>选填</translation>
    </message>
</context>
<context>
    <name>PlanTexts</name>
    <message>
        <location filename="../../console/plans/texts.py" line="17"/>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="18"/>
        <location filename="../../console/plans/texts.py" line="59"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="19"/>
        <location filename="../../console/plans/texts.py" line="60"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="20"/>
        <source>In progress</source>
        <translation>接待中</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="21"/>
        <location filename="../../console/plans/texts.py" line="45"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="22"/>
        <location filename="../../console/plans/texts.py" line="62"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="25"/>
        <source>Preparation</source>
        <translation>准备</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="26"/>
        <source>Pickup</source>
        <translation>接送</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="27"/>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="28"/>
        <source>Showroom tour</source>
        <translation>参观展厅</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="29"/>
        <source>Meeting with leaders</source>
        <translation>领导接见</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="30"/>
        <source>Meal</source>
        <translation>用餐</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="31"/>
        <source>Talks</source>
        <translation>会谈</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="32"/>
        <source>Send-off</source>
        <translation>送站</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="33"/>
        <location filename="../../console/plans/texts.py" line="41"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="36"/>
        <source>Meals</source>
        <translation>用餐</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="37"/>
        <source>Lodging</source>
        <translation>住宿</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="38"/>
        <source>Vehicle</source>
        <translation>用车</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="39"/>
        <source>Gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="40"/>
        <source>Sightseeing</source>
        <translation>参观游览</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="44"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="46"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="49"/>
        <source>Not said</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="50"/>
        <source>Flight</source>
        <translation>飞机</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="51"/>
        <source>Train</source>
        <translation>火车</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="52"/>
        <source>Car</source>
        <translation>汽车</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="56"/>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="57"/>
        <source>Request edited</source>
        <translation>申请已修改</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="58"/>
        <source>Edited and resubmitted</source>
        <translation>修改后重新提交</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="61"/>
        <source>Level changed</source>
        <translation>级别已调整</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="63"/>
        <source>Standards adjusted</source>
        <translation>标准已调整</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="64"/>
        <source>Step added</source>
        <translation>添加环节</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="65"/>
        <source>Step changed</source>
        <translation>修改环节</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="66"/>
        <source>Step done</source>
        <translation>环节完成</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="67"/>
        <source>Step skipped</source>
        <translation>环节跳过</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="68"/>
        <source>Step planned again</source>
        <translation>环节恢复计划</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="69"/>
        <source>Guest arrived: in progress</source>
        <translation>客人已到：接待中</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="70"/>
        <source>Reception person</source>
        <translation>接待人员</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="137"/>
        <source>Only a leader or an administrator can do this. Nothing was changed.</source>
        <translation>只有领导或管理员可以执行此操作，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="138"/>
        <source>This is not possible for the plan in its present state; the screen now shows it as it is.</source>
        <translation>方案当前状态下不能执行此操作；屏幕已显示其最新状态。</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="72"/>
        <source>Expense</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="71"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="73"/>
        <source>Expenses signed off</source>
        <translation>费用已签单</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="74"/>
        <source>Summary written</source>
        <translation>已写总结</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="75"/>
        <source>Follow-up scheduled</source>
        <translation>已安排回访</translation>
    </message>
    <message>
        <location filename="../../console/plans/texts.py" line="76"/>
        <source>Follow-up recorded</source>
        <translation>已记录回访</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location filename="../../console/plans/plans_view.py" line="34"/>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="35"/>
        <source>Needing approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="36"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="37"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="39"/>
        <source>Arrives</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="39"/>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="40"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="40"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="41"/>
        <source>Next step</source>
        <translation>下一环节</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="41"/>
        <source>Reception person</source>
        <translation>接待人员</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="42"/>
        <source>Plan no.</source>
        <translation>方案编号</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="43"/>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="43"/>
        <source>Approval &amp;&amp; standards</source>
        <translation>审批与标准</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="44"/>
        <source>Itinerary &amp;&amp; staff</source>
        <translation>行程与人员</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="44"/>
        <source>Budget &amp;&amp; expenses</source>
        <translation>预算与费用</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="45"/>
        <source>After the visit</source>
        <translation>来访之后</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="45"/>
        <source>History</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="155"/>
        <source>Standards saved.</source>
        <translation>标准已保存。</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="165"/>
        <source>Expenses signed off.</source>
        <translation>费用已签单。</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="170"/>
        <source>Summary saved.</source>
        <translation>总结已保存。</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="175"/>
        <source>Reception plans</source>
        <translation>接待方案</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="178"/>
        <source>New request…</source>
        <translation>新建接待申请…</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="180"/>
        <source>My tasks today</source>
        <translation>我今天的任务</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="181"/>
        <source>Print / PDF…</source>
        <translation>打印 / PDF…</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="225"/>
        <source>Nothing for you today.</source>
        <translation>今天没有您的任务。</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="263"/>
        <source>Choose a plan in the list, or make a new request.</source>
        <translation>请在列表中选择方案，或新建接待申请。</translation>
    </message>
    <message>
        <location filename="../../console/plans/plans_view.py" line="268"/>
        <source>%1 · %2 people · %3 – %4 · %5 · host %6</source>
        <translation>%1 · %2 人 · %3 至 %4 · %5 · 接待人 %6</translation>
    </message>
    <message>
        <location filename="../../console/plans/plan_actions.py" line="43"/>
        <source>Set budget</source>
        <translation>设置预算</translation>
    </message>
    <message>
        <location filename="../../console/plans/plan_actions.py" line="44"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/plans/plan_actions.py" line="48"/>
        <source>Budget for %1 (yuan)</source>
        <translation>%1 预算（元）</translation>
    </message>
    <message>
        <location filename="../../console/plans/plan_actions.py" line="52"/>
        <source>Budget saved.</source>
        <translation>预算已保存。</translation>
    </message>
    <message>
        <location filename="../../console/plans/plan_actions.py" line="107"/>
        <source>Request %1 for %2 sent for approval.</source>
        <translation>%2 的接待申请 %1 已提交审批。</translation>
    </message>
    <message>
        <location filename="../../console/plans/plan_actions.py" line="117"/>
        <source>Request %1 sent again for approval.</source>
        <translation>接待申请 %1 已重新提交审批。</translation>
    </message>
    <message>
        <location filename="../../console/plans/plan_actions.py" line="121"/>
        <source>Cancel the plan</source>
        <translation>取消方案</translation>
    </message>
    <message>
        <location filename="../../console/plans/plan_actions.py" line="122"/>
        <source>Why is the plan for %1 cancelled?</source>
        <translation>为什么取消 %1 的接待方案？</translation>
    </message>
    <message>
        <location filename="../../console/plans/plan_actions.py" line="126"/>
        <source>Plan %1 cancelled.</source>
        <translation>方案 %1 已取消。</translation>
    </message>
    <message>
        <location filename="../../console/plans/plan_actions.py" line="136"/>
        <source>Plan %1 approved as %2.</source>
        <translation>方案 %1 已按%2批准。</translation>
    </message>
    <message>
        <location filename="../../console/plans/plan_actions.py" line="140"/>
        <source>Plan %1 returned to the requester.</source>
        <translation>方案 %1 已退回申请人。</translation>
    </message>
    <message>
        <location filename="../../console/plans/plan_actions.py" line="147"/>
        <source>%1 is now the reception person.</source>
        <translation>%1 现为接待人员。</translation>
    </message>
    <message>
        <location filename="../../console/plans/plan_actions.py" line="150"/>
        <source>Change the reception person</source>
        <translation>更换接待人员</translation>
    </message>
    <message>
        <location filename="../../console/plans/plan_actions.py" line="151"/>
        <source>The guest is here: the reception person should not change. Why must %1 take over from %2?</source>
        <translation>客人已到，接待人员原则上不应更换。为什么要由 %1 接替 %2？</translation>
    </message>
    <message>
        <location filename="../../console/plans/plan_actions.py" line="172"/>
        <source>Step added: %1.</source>
        <translation>已添加环节：%1。</translation>
    </message>
    <message>
        <location filename="../../console/plans/plan_actions.py" line="176"/>
        <source>Step saved: %1.</source>
        <translation>环节已保存：%1。</translation>
    </message>
    <message>
        <location filename="../../console/plans/plan_actions.py" line="183"/>
        <source>Done: %1.</source>
        <translation>已完成：%1。</translation>
    </message>
    <message>
        <location filename="../../console/plans/plan_actions.py" line="183"/>
        <source>Skipped: %1.</source>
        <translation>已跳过：%1。</translation>
    </message>
    <message>
        <location filename="../../console/plans/plan_actions.py" line="194"/>
        <source>Expense of ¥%1 added.</source>
        <translation>已添加费用 ¥%1。</translation>
    </message>
    <message>
        <location filename="../../console/plans/plan_actions.py" line="203"/>
        <source>Follow-up call due %1.</source>
        <translation>%1 电话回访。</translation>
    </message>
    <message>
        <location filename="../../console/plans/plan_actions.py" line="210"/>
        <source>Follow-up call recorded.</source>
        <translation>电话回访已记录。</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <location filename="../../console/desk/print_panel.py" line="17"/>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location filename="../../console/desk/print_panel.py" line="18"/>
        <source>Printed? Please check</source>
        <translation>是否已打印？请核实</translation>
    </message>
    <message>
        <location filename="../../console/desk/print_panel.py" line="21"/>
        <location filename="../../console/desk/print_panel.py" line="33"/>
        <source>paper running low</source>
        <translation>纸张即将用完</translation>
    </message>
    <message>
        <location filename="../../console/desk/print_panel.py" line="22"/>
        <location filename="../../console/desk/print_panel.py" line="32"/>
        <source>out of paper</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <location filename="../../console/desk/print_panel.py" line="23"/>
        <source>not answering</source>
        <translation>无响应</translation>
    </message>
    <message>
        <location filename="../../console/desk/print_panel.py" line="27"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../console/desk/print_panel.py" line="28"/>
        <source>needs a look</source>
        <translation>需要检查</translation>
    </message>
    <message>
        <location filename="../../console/desk/print_panel.py" line="34"/>
        <source>printer cover open</source>
        <translation>打印机盖未关</translation>
    </message>
    <message>
        <location filename="../../console/desk/print_panel.py" line="35"/>
        <source>printer error</source>
        <translation>打印机故障</translation>
    </message>
    <message>
        <location filename="../../console/desk/print_panel.py" line="36"/>
        <source>printer offline</source>
        <translation>打印机离线</translation>
    </message>
    <message>
        <location filename="../../console/desk/print_panel.py" line="39"/>
        <source>printing was interrupted; the badge may be partly printed</source>
        <translation>打印中断，访客证可能只打印了一部分</translation>
    </message>
    <message>
        <location filename="../../console/desk/print_panel.py" line="40"/>
        <source>the printer cannot be reached</source>
        <translation>无法连接打印机</translation>
    </message>
    <message>
        <location filename="../../console/desk/print_panel.py" line="41"/>
        <source>the station stopped while printing; the badge may or may not have printed</source>
        <translation>打印时终端停止运行，访客证可能已打印，也可能未打印</translation>
    </message>
    <message>
        <location filename="../../console/desk/print_panel.py" line="150"/>
        <source>Badges that need attention</source>
        <translation>需要处理的访客证</translation>
    </message>
    <message>
        <location filename="../../console/desk/print_panel.py" line="113"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../console/desk/print_panel.py" line="114"/>
        <source>Print at this desk</source>
        <translation>在本前台打印</translation>
    </message>
    <message>
        <location filename="../../console/desk/print_panel.py" line="115"/>
        <source>It printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../console/desk/print_panel.py" line="116"/>
        <source>Print again</source>
        <translation>重新打印</translation>
    </message>
</context>
<context>
    <name>PrivacyView</name>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="147"/>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="148"/>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="150"/>
        <source>Every day, the names, numbers and other personal details of visits that ended before the retention period are removed (with expected visits, gate entries, alerts and enquiries of that age). What reports count stays: dates, times, states, levels, party sizes, hosts. The privacy notice states this period.</source>
        <translation>每天自动删除超过保存期限的已结束来访的姓名、号码等个人信息（同期的预约来访、门岗登记、警报和查询也一并删除）。报表统计所需的信息保留：日期、时间、状态、接待级别、人数、被访人。隐私声明中写明了此期限。</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="154"/>
        <source>Keep personal data for</source>
        <translation>个人信息保存</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="155"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="156"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="157"/>
        <source>Purge now…</source>
        <translation>立即清除…</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="158"/>
        <source>One person&apos;s data</source>
        <translation>个人数据</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="160"/>
        <source>A person may ask for a copy of what is held about them, or for its erasure. Enter their mobile or ID number (both: records with either are found). Both actions are recorded in the audit log.</source>
        <translation>本人可以申请获取我们保存的关于其本人的全部信息，或申请删除。请输入其手机号或身份证号（两项都填时，匹配任一项的记录都会找到）。导出和删除都会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="162"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="163"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="164"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="165"/>
        <source>Erase…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="175"/>
        <source>Only an administrator can do this.</source>
        <translation>只有管理员可以执行此操作。</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="205"/>
        <source>Personal data is now kept for %1 days.</source>
        <translation>个人信息现保存 %1 天。</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="209"/>
        <source>Remove now the personal data of everything older than %1 days? This cannot be undone.</source>
        <translation>现在删除超过 %1 天的全部个人信息吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="211"/>
        <source>Purge now</source>
        <translation>立即清除</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="226"/>
        <source>Purged, everything before %1. Visits: %2, expected visits: %3, gate entries: %4, alerts: %5, enquiries: %6.</source>
        <translation>已清除 %1 之前的个人信息。来访：%2，预约来访：%3，门岗登记：%4，警报：%5，查询：%6。</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="232"/>
        <source>Another station was reading, so the database&apos;s log file still holds old copies: they are cleared at the next purge.</source>
        <translation>另一台工作站正在读取数据，数据库日志文件中仍有旧副本：将在下次清除时清理。</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="244"/>
        <source>Export personal data into folder</source>
        <translation>将个人数据导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="259"/>
        <location filename="../../console/admin/privacy_view.py" line="289"/>
        <source>Nothing is held about %1.</source>
        <translation>没有保存关于 %1 的任何信息。</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="268"/>
        <source>Could not write the files: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="272"/>
        <source>%1 records about %2 exported to %3 (%4.json and .csv, and %5 photos and signed copies).</source>
        <translation>已将 %2 的 %1 条记录导出到 %3（%4.json 和 .csv，另有 %5 份照片和签署文件）。</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="277"/>
        <source>%1 records about %2 exported to %3 (%4.json and .csv).</source>
        <translation>已将关于 %2 的 %1 条记录导出到 %3（%4.json 和 .csv）。</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="294"/>
        <source>Erase the personal data of %1? Visits: %2, expected visits: %3, gate entries: %4. Names, numbers and details are blanked for good; visit counts stay. This cannot be undone.</source>
        <translation>删除 %1 的个人信息吗？来访：%2，预约来访：%3，门岗登记：%4。姓名、号码和详细信息将被永久清空；来访统计保留。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="299"/>
        <source>Erase personal data</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="309"/>
        <source>Erased the data of %4. Visits: %1, expected visits: %2, gate entries: %3.</source>
        <translation>已删除 %4 的个人信息。来访：%1，预约来访：%2，门岗登记：%3。</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="316"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../console/admin/privacy_view.py" line="317"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ProtocolPanel</name>
    <message>
        <location filename="../../console/desk/protocol_panel.py" line="94"/>
        <source>Reception protocol</source>
        <translation>接待规范</translation>
    </message>
    <message>
        <location filename="../../console/desk/protocol_panel.py" line="130"/>
        <source>Choose a visit to see what to prepare.</source>
        <translation>选择一条来访，查看需要准备的事项。</translation>
    </message>
    <message>
        <location filename="../../console/desk/protocol_panel.py" line="141"/>
        <source>%1 guest · %2 of %3 done</source>
        <translation>%1接待 · 已完成 %2/%3</translation>
    </message>
    <message>
        <location filename="../../console/desk/protocol_panel.py" line="153"/>
        <source>Done: %1 at %2</source>
        <translation>已完成：%1，%2</translation>
    </message>
    <message>
        <location filename="../../console/desk/protocol_panel.py" line="159"/>
        <source>Meal budget, party of %1: lunch ≤ %2, dinner ≤ %3.</source>
        <translation>餐费标准（%1 人）：午餐 ≤ %2，晚餐 ≤ %3。</translation>
    </message>
    <message>
        <location filename="../../console/desk/protocol_panel.py" line="192"/>
        <source>Booked within the budget below</source>
        <translation>按下方标准安排</translation>
    </message>
    <message>
        <location filename="../../console/desk/protocol_panel.py" line="211"/>
        <source>%1: done.</source>
        <translation>%1：已完成。</translation>
    </message>
    <message>
        <location filename="../../console/desk/protocol_panel.py" line="211"/>
        <source>%1: not done.</source>
        <translation>%1：未完成。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../console/plans/dialogs.py" line="247"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="253"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ReceptionLevels</name>
    <message>
        <location filename="../../console/admin/levels_view.py" line="27"/>
        <source>Standard</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="28"/>
        <source>Senior</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="29"/>
        <source>VIP</source>
        <translation>特级</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="32"/>
        <source>Visitor badge</source>
        <translation>访客证</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="33"/>
        <source>VIP badge</source>
        <translation>贵宾证</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="37"/>
        <source>Badge</source>
        <translation>胸卡</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="38"/>
        <location filename="../../console/admin/levels_view.py" line="208"/>
        <source>Accompanied by</source>
        <translation>陪同人员</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="39"/>
        <source>Room</source>
        <translation>接待室</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="40"/>
        <source>Refreshments</source>
        <translation>茶点</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="41"/>
        <source>Vehicle</source>
        <translation>用车</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="42"/>
        <source>Lodging</source>
        <translation>住宿</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="43"/>
        <source>Meals</source>
        <translation>用餐</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="46"/>
        <source>Lunch, up to</source>
        <translation>午餐上限</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="47"/>
        <source>Dinner, up to</source>
        <translation>晚餐上限</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="48"/>
        <source>Each further guest, per meal</source>
        <translation>每增加一人，每餐加</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="49"/>
        <source>Waiting alert after</source>
        <translation>等候提醒时间</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="89"/>
        <source>No meals at the company&apos;s cost.</source>
        <translation>不安排公司承担的用餐。</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="90"/>
        <source>Lunch up to %1 and dinner up to %2 cover two guests; each guest beyond two adds %3 to each meal.</source>
        <translation>午餐 %1、晚餐 %2 以内为两位客人的标准；超过两人时，每多一人每餐增加 %3。</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="94"/>
        <source>%1 guests: lunch ≤ %2, dinner ≤ %3.</source>
        <translation>%1 位客人：午餐 ≤ %2，晚餐 ≤ %3。</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="209"/>
        <source>Meals (the company&apos;s limit)</source>
        <translation>用餐（公司标准）</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="210"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="211"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="212"/>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="311"/>
        <source>Reception levels</source>
        <translation>接待级别</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="320"/>
        <source>What the desk prepares for a guest of each level. Changes apply to every visit of that level, including today&apos;s.</source>
        <translation>前台为各级别客人准备的事项。修改适用于该级别的所有来访，包括今天的来访。</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="322"/>
        <source>Only an administrator can change the levels.</source>
        <translation>只有管理员可以修改接待级别。</translation>
    </message>
    <message>
        <location filename="../../console/admin/levels_view.py" line="350"/>
        <source>%1 level saved.</source>
        <translation>%1级别已保存。</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <location filename="../../console/desk/reminder_settings.py" line="23"/>
        <source>Reminders</source>
        <translation>提醒设置</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminder_settings.py" line="63"/>
        <source>When should the desk be reminded? 0 turns a reminder off.</source>
        <translation>前台何时收到提醒？填 0 表示关闭该提醒。</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminder_settings.py" line="42"/>
        <source>Refill water after</source>
        <translation>添茶水提醒间隔</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminder_settings.py" line="45"/>
        <source>Host has not come after</source>
        <translation>被访人未到提醒</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminder_settings.py" line="65"/>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminder_settings.py" line="66"/>
        <source>Remind to tidy a room after each visit</source>
        <translation>每次接待结束后提醒收拾接待室</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminder_settings.py" line="24"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminder_settings.py" line="83"/>
        <source>%1: please enter whole minutes from 0 to %2 (0 turns the reminder off).</source>
        <translation>%1：请输入 0 到 %2 之间的整数分钟（0 表示关闭该提醒）。</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <location filename="../../console/desk/reminders_panel.py" line="30"/>
        <source>%1 and party (%2)</source>
        <translation>%1 一行（%2 人）</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminders_panel.py" line="31"/>
        <source>Refill water: %1 (%2) has waited %3 min</source>
        <translation>请添茶水：%1（%2）已等候 %3 分钟</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminders_panel.py" line="32"/>
        <source>Refill water: %1 has waited %2 min</source>
        <translation>请添茶水：%1 已等候 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminders_panel.py" line="33"/>
        <source>Host %1 has not come for %2 min: %3</source>
        <translation>被访人 %1 已 %2 分钟未到：%3</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminders_panel.py" line="34"/>
        <source>call assistant %1 %2</source>
        <translation>请致电助理 %1 %2</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminders_panel.py" line="35"/>
        <source>call the host on %1</source>
        <translation>请致电被访人 %1</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminders_panel.py" line="36"/>
        <source>no assistant on file: please find the host</source>
        <translation>未登记助理，请联系被访人</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminders_panel.py" line="37"/>
        <source>%1 is waiting (%2)</source>
        <translation>%1 正在等候（%2）</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminders_panel.py" line="38"/>
        <source>in the lobby</source>
        <translation>大厅</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminders_panel.py" line="39"/>
        <source>Tidy %1 (empty for %2 min)</source>
        <translation>请收拾 %1（已空出 %2 分钟）</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminders_panel.py" line="40"/>
        <source>Host %1 cannot meet %2. Tell them: “%3”</source>
        <translation>被访人%1无法会见%2，请转告：“%3”</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminders_panel.py" line="41"/>
        <source>Host %1 said they would come by %2, now %3 min late: %4</source>
        <translation>被访人%1说 %2 前到，已超时 %3 分钟：%4</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminders_panel.py" line="100"/>
        <source>Reminders (%1)</source>
        <translation>提醒（%1）</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminders_panel.py" line="100"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminders_panel.py" line="103"/>
        <source>Nothing to do right now.</source>
        <translation>暂无待办事项。</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminders_panel.py" line="110"/>
        <location filename="../../console/desk/reminders_panel.py" line="115"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminders_panel.py" line="110"/>
        <location filename="../../console/desk/reminders_panel.py" line="115"/>
        <source>Told, visitor leaves</source>
        <translation>已转告，访客离开</translation>
    </message>
    <message>
        <location filename="../../console/desk/reminders_panel.py" line="131"/>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../console/plans/reports_view.py" line="32"/>
        <source>Level</source>
        <translation>接待级别</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="33"/>
        <source>Receptions</source>
        <translation>接待次数</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="34"/>
        <source>Budget (yuan)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="35"/>
        <source>Spent (yuan)</source>
        <translation>实际费用（元）</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="36"/>
        <source>Over / under</source>
        <translation>超支 / 结余</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="37"/>
        <location filename="../../console/plans/reports_view.py" line="274"/>
        <source>Follow-ups on time</source>
        <translation>按时回访</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="38"/>
        <source>Average rating</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="164"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="165"/>
        <source>‹ Previous</source>
        <translation>‹ 上月</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="166"/>
        <source>Next ›</source>
        <translation>下月 ›</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="167"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="168"/>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="169"/>
        <source>Your role does not allow reading the reports.</source>
        <translation>您的角色无权查看报表。</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="209"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="212"/>
        <source>%1 of %2 (%3)</source>
        <translation>%2 次中 %1 次（%3）</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="232"/>
        <location filename="../../console/plans/reports_view.py" line="240"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="235"/>
        <source>Visits: %1 · Average lobby wait: %2 (%3 met their host) · No-shows: %4 of %5 appointments (%6)</source>
        <translation>到访：%1 人次 · 大厅平均等候：%2（%3 人次见到被访人）· 未到访：%5 个预约中 %4 个（%6）</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="242"/>
        <source>Patients: %1 (%2 first visits, %3 emergencies) · Treatments that overran: %4 of %5 (by %6 on average) · Appointments started late: %7</source>
        <translation>就诊：%1 人次（初诊 %2，急诊 %3）· 超时治疗：%5 次中 %4 次（平均超时 %6）· 预约迟开始：%7 次</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="248"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="248"/>
        <source>Spent</source>
        <translation>实际费用</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="259"/>
        <source>Budget and spending by level, %1</source>
        <translation>各级别预算与实际费用（%1）</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="260"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="265"/>
        <source>Wait</source>
        <translation>等候</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="272"/>
        <source>Average lobby wait (minutes)</source>
        <translation>大厅平均等候（分钟）</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="272"/>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="274"/>
        <source>No-show rate</source>
        <translation>未到访率</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="283"/>
        <source>No-shows and follow-ups on time (%)</source>
        <translation>未到访率与按时回访率（%）</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="290"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV，可用 Excel 打开 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="290"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="291"/>
        <source>Export the report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../console/plans/reports_view.py" line="308"/>
        <source>Report %1 exported to %2</source>
        <translation>报表 %1 已导出到 %2</translation>
    </message>
</context>
<context>
    <name>RequestSection</name>
    <message>
        <location filename="../../console/plans/request_sections.py" line="18"/>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="18"/>
        <source>Region and phone</source>
        <translation>地区与电话</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="19"/>
        <source>Party size</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="19"/>
        <source>Stay</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="20"/>
        <source>Purpose</source>
        <translation>来访目的</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="20"/>
        <source>Must meet</source>
        <translation>需会见</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="21"/>
        <source>Host</source>
        <translation>接待人</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="21"/>
        <source>Travel</source>
        <translation>交通</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="22"/>
        <source>Lodging and meals</source>
        <translation>食宿</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="22"/>
        <source>Also</source>
        <translation>另需</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="23"/>
        <source>Proposed level</source>
        <translation>申请级别</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="23"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="24"/>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="34"/>
        <source>Edit and resubmit…</source>
        <translation>修改并重新提交…</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="35"/>
        <source>Cancel plan…</source>
        <translation>取消方案…</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="44"/>
        <source>, arrives %1 %2</source>
        <translation>，%1 到达 %2</translation>
    </message>
    <message>
        <location filename="../../console/plans/request_sections.py" line="46"/>
        <source>, pickup needed</source>
        <translation>，需接站</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../console/common/signin.py" line="177"/>
        <source>Receptionist</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <location filename="../../console/common/signin.py" line="178"/>
        <source>Security</source>
        <translation>保安</translation>
    </message>
    <message>
        <location filename="../../console/common/signin.py" line="179"/>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <location filename="../../console/common/signin.py" line="180"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>RoomsPanel</name>
    <message>
        <location filename="../../console/desk/rooms_panel.py" line="23"/>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../console/desk/rooms_panel.py" line="24"/>
        <source>Occupied</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../console/desk/rooms_panel.py" line="25"/>
        <source>Needs tidying</source>
        <translation>待收拾</translation>
    </message>
    <message>
        <location filename="../../console/desk/rooms_panel.py" line="50"/>
        <source>a visitor</source>
        <translation>一位访客</translation>
    </message>
    <message>
        <location filename="../../console/desk/rooms_panel.py" line="51"/>
        <source>%1 and party (%2)</source>
        <translation>%1 一行（%2 人）</translation>
    </message>
    <message>
        <location filename="../../console/desk/rooms_panel.py" line="52"/>
        <source>%1, since %2</source>
        <translation>%1，%2 起</translation>
    </message>
    <message>
        <location filename="../../console/desk/rooms_panel.py" line="53"/>
        <source>waiting for %1</source>
        <translation>等候 %1</translation>
    </message>
    <message>
        <location filename="../../console/desk/rooms_panel.py" line="54"/>
        <source>since %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <location filename="../../console/desk/rooms_panel.py" line="121"/>
        <source>Reception rooms</source>
        <translation>接待室</translation>
    </message>
    <message>
        <location filename="../../console/desk/rooms_panel.py" line="131"/>
        <source>No reception rooms are set up.</source>
        <translation>尚未设置接待室。</translation>
    </message>
    <message>
        <location filename="../../console/desk/rooms_panel.py" line="157"/>
        <source>Tidied</source>
        <translation>已收拾</translation>
    </message>
    <message>
        <location filename="../../console/desk/rooms_panel.py" line="159"/>
        <source>The room is tidy again (water, cups, chairs): free for the next visitor.</source>
        <translation>接待室已收拾好（茶水、杯子、座椅），可供下一位访客使用。</translation>
    </message>
    <message>
        <location filename="../../console/desk/rooms_panel.py" line="176"/>
        <source>%1 is ready for the next visitor.</source>
        <translation>%1 已可供下一位访客使用。</translation>
    </message>
</context>
<context>
    <name>ScheduleFollowupDialog</name>
    <message>
        <location filename="../../console/plans/dialogs.py" line="194"/>
        <source>Schedule the follow-up call</source>
        <translation>安排电话回访</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="195"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="201"/>
        <source>Departure</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="204"/>
        <source>Journey home</source>
        <translation>返程时长</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="210"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="211"/>
        <source>The call is due when the guest should be home: departure plus the journey.</source>
        <translation>客人到家时回访：离开时间加返程时长。</translation>
    </message>
</context>
<context>
    <name>SecurityView</name>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="18"/>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="19"/>
        <source>Police ID card</source>
        <translation>人民警察证</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="20"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="21"/>
        <source>Other official ID</source>
        <translation>其他公务证件</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="24"/>
        <source>We cannot say whether this person is here.</source>
        <translation>我们无法告知此人是否在场。</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="25"/>
        <source>No record found.</source>
        <translation>查无此人。</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="28"/>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="29"/>
        <source>answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="30"/>
        <source>refused: no valid ID</source>
        <translation>已拒绝：无有效证件</translation>
    </message>
    <message>
        <location filename="../../console/security/security_view.py" line="103"/>
        <source>Watchlist</source>
        <translation>关注名单</translation>
    </message>
    <message>
        <location filename="../../console/security/security_view.py" line="104"/>
        <source>Third-party enquiries</source>
        <translation>第三方查询</translation>
    </message>
    <message>
        <location filename="../../console/security/security_view.py" line="105"/>
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../console/security/security_view.py" line="106"/>
        <source>On the watchlist</source>
        <translation>关注名单</translation>
    </message>
    <message>
        <location filename="../../console/security/security_view.py" line="107"/>
        <source>Add someone</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../console/security/security_view.py" line="108"/>
        <source>Any one of name, mobile or ID number is enough. A match at a kiosk shows the visitor only “Please see reception” and alerts security here.</source>
        <translation>姓名、手机号、证件号任填其一即可。自助机匹配到时，访客只会看到“请到前台办理”，安保会在此收到警报。</translation>
    </message>
    <message>
        <location filename="../../console/security/security_view.py" line="110"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../console/security/security_view.py" line="110"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="127"/>
        <location filename="../../console/security/security_view.py" line="110"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../console/security/security_view.py" line="111"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../console/security/security_view.py" line="113"/>
        <source>Add to watchlist</source>
        <translation>加入关注名单</translation>
    </message>
    <message>
        <location filename="../../console/security/security_view.py" line="114"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="104"/>
        <source>Enquiries</source>
        <translation>查询记录</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="105"/>
        <source>Answer the enquiry</source>
        <translation>答复查询</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="106"/>
        <source>Security lead</source>
        <translation>安保负责人</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="107"/>
        <source>Lead&apos;s PIN</source>
        <translation>负责人 PIN</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="108"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="109"/>
        <source>Approved answer</source>
        <translation>批准的答复</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="115"/>
        <source>An approved answer (type it below)</source>
        <translation>经批准的答复（在下方填写）</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="118"/>
        <source>Only for an official enquiry the lead approved</source>
        <translation>仅用于经负责人批准的正式查询</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="119"/>
        <source>Give answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="120"/>
        <source>Refuse: no valid ID</source>
        <translation>拒绝：无有效证件</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="121"/>
        <source>Record an enquiry</source>
        <translation>登记查询</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="122"/>
        <source>Never say whether someone is here. Record who asks, see their ID, and call the security lead.</source>
        <translation>切勿透露某人是否在场。请登记查询人、查验其证件，并联系安保负责人。</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="124"/>
        <source>Enquirer</source>
        <translation>查询人</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="125"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="126"/>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="128"/>
        <source>About whom</source>
        <translation>询问对象</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="129"/>
        <source>Question</source>
        <translation>询问内容</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="133"/>
        <source>No ID shown</source>
        <translation>未出示证件</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="137"/>
        <source>Record enquiry</source>
        <translation>登记查询</translation>
    </message>
    <message>
        <location filename="../../console/security/security_view.py" line="149"/>
        <source>Open alerts: %1</source>
        <translation>未处理的警报：%1</translation>
    </message>
    <message>
        <location filename="../../console/security/security_view.py" line="149"/>
        <source>No open alerts</source>
        <translation>没有未处理的警报</translation>
    </message>
    <message>
        <location filename="../../console/security/security_view.py" line="169"/>
        <source>%1 · %2 · Possible guessing at the kiosk: %3 failed look-ups</source>
        <translation>%1 · %2 · 自助机疑似被试探：%3 次查询未成功</translation>
    </message>
    <message>
        <location filename="../../console/security/security_view.py" line="171"/>
        <source>%1 · %2 · %3 — %4</source>
        <translation>%1 · %2 · %3 — %4</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="140"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="142"/>
        <source>%1 · %2 asks about %3 · %4</source>
        <translation>%1 · %2 询问 %3 · %4</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="148"/>
        <source>Choose an enquiry to answer it.</source>
        <translation>请选择要答复的查询。</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="150"/>
        <source>Question: %1</source>
        <translation>询问内容：%1</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="151"/>
        <source>ID shown: %1</source>
        <translation>出示证件：%1</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="152"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="153"/>
        <source>Recorded by %1 at %2</source>
        <translation>由 %1 在 %2 登记</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="155"/>
        <source>Answer approved by %1: %2</source>
        <translation>答复经 %1 批准：%2</translation>
    </message>
    <message>
        <location filename="../../console/security/security_view.py" line="213"/>
        <source>Alert marked handled.</source>
        <translation>警报已标记为已处理。</translation>
    </message>
    <message>
        <location filename="../../console/security/security_view.py" line="217"/>
        <source>Added to the watchlist.</source>
        <translation>已加入关注名单。</translation>
    </message>
    <message>
        <location filename="../../console/security/security_view.py" line="225"/>
        <source>Taken off the watchlist.</source>
        <translation>已移出关注名单。</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="164"/>
        <source>Enquiry recorded. Call the security lead to approve an answer.</source>
        <translation>查询已登记。请联系安保负责人批准答复。</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="176"/>
        <source>Answered.</source>
        <translation>已答复。</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="189"/>
        <source>Tell the enquirer: %1</source>
        <translation>请告知查询人：%1</translation>
    </message>
    <message>
        <location filename="../../console/security/enquiries_tab.py" line="195"/>
        <source>Refused and recorded: nothing was said about anyone.</source>
        <translation>已拒绝并记录：未透露任何人的信息。</translation>
    </message>
</context>
<context>
    <name>SignDocuments</name>
    <message>
        <location filename="../../console/admin/documents_view.py" line="23"/>
        <source>every visitor at the kiosk</source>
        <translation>在自助机登记的所有访客</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="24"/>
        <source>walk-ins</source>
        <translation>临时访客</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="25"/>
        <source>the gate</source>
        <translation>门岗</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="26"/>
        <source>standard-level guests</source>
        <translation>普通级别来宾</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="27"/>
        <source>senior-level guests</source>
        <translation>高级别来宾</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="28"/>
        <source>VIP guests</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="41"/>
        <source>Document to sign</source>
        <translation>需签署的文件</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="42"/>
        <source>Save (a new version)</source>
        <translation>保存（新版本）</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="59"/>
        <source>Key (letters, e.g. safety)</source>
        <translation>标识（字母，如 safety）</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="60"/>
        <source>Who signs</source>
        <translation>签署对象</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="61"/>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="62"/>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="63"/>
        <source>Text (Chinese)</source>
        <translation>正文（中文）</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="64"/>
        <source>Text (English)</source>
        <translation>正文（英文）</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="124"/>
        <source>%1 · for %2 · version %3</source>
        <translation>%1 · 适用：%2 · 第 %3 版</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="153"/>
        <source>The kiosk now asks visitors for a photo.</source>
        <translation>自助机现在会请访客拍照。</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="154"/>
        <source>The kiosk no longer asks for a photo.</source>
        <translation>自助机不再请访客拍照。</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="173"/>
        <source>%1 saved as version %2: visitors sign this text from now on.</source>
        <translation>%1 已保存为第 %2 版：此后访客签署此文本。</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="186"/>
        <source>Visitors no longer sign %1; the copies already signed are kept.</source>
        <translation>访客不再签署 %1；已签署的文件仍然保留。</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="190"/>
        <source>Photo and documents</source>
        <translation>照片与签署文件</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="191"/>
        <source>Ask each visitor at the kiosk for a photo for their badge</source>
        <translation>在自助机请每位访客拍摄访客证照片</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="192"/>
        <source>The visitor agrees to the photo separately and may say no. The photo is deleted with the visit&apos;s other details after the retention period.</source>
        <translation>访客需单独同意拍照，也可以拒绝。照片在保存期满后与来访的其他信息一并删除。</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="194"/>
        <source>Documents visitors sign at the kiosk</source>
        <translation>访客在自助机签署的文件</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="195"/>
        <source>Add a document…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="196"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../console/admin/documents_view.py" line="197"/>
        <source>Stop asking</source>
        <translation>停止签署</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../console/common/signin.py" line="119"/>
        <source>Set up this site</source>
        <translation>设置本站点</translation>
    </message>
    <message>
        <location filename="../../console/common/signin.py" line="120"/>
        <source>Nobody can sign in yet. Choose your name and a PIN: you become the administrator, and can add the others.</source>
        <translation>还没有人可以登录。请输入您的姓名并设置 PIN：您将成为管理员，之后可以添加其他人。</translation>
    </message>
    <message>
        <location filename="../../console/common/signin.py" line="122"/>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <location filename="../../console/common/signin.py" line="123"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../console/common/signin.py" line="123"/>
        <source>Enter your name and PIN.</source>
        <translation>请输入姓名和 PIN。</translation>
    </message>
    <message>
        <location filename="../../console/common/signin.py" line="124"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../console/common/signin.py" line="125"/>
        <source>The console locked itself after a quiet while. Enter your PIN to continue.</source>
        <translation>一段时间无人操作，工作台已自动锁定。请输入 PIN 继续。</translation>
    </message>
    <message>
        <location filename="../../console/common/signin.py" line="126"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../console/common/signin.py" line="131"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../console/common/signin.py" line="132"/>
        <source>&amp;PIN (4 to 8 digits)</source>
        <translation>PIN（4 至 8 位数字）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../console/common/signin.py" line="133"/>
        <source>PIN again</source>
        <translation>再次输入 PIN</translation>
    </message>
    <message>
        <location filename="../../console/common/signin.py" line="134"/>
        <source>Someone else</source>
        <translation>换人登录</translation>
    </message>
    <message>
        <location filename="../../console/common/signin.py" line="165"/>
        <source>That name and PIN do not match. Please try again.</source>
        <translation>姓名与 PIN 不匹配，请重试。</translation>
    </message>
    <message>
        <location filename="../../console/common/signin.py" line="167"/>
        <source>Too many wrong PINs: this name is locked for %1 minutes, or an administrator can set a new PIN.</source>
        <translation>PIN 错误次数过多：此账号锁定 %1 分钟，或请管理员设置新 PIN。</translation>
    </message>
    <message>
        <location filename="../../console/common/signin.py" line="170"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN 为 4 至 8 位数字。</translation>
    </message>
    <message>
        <location filename="../../console/common/signin.py" line="172"/>
        <source>The two PINs are not the same.</source>
        <translation>两次输入的 PIN 不一致。</translation>
    </message>
</context>
<context>
    <name>StationsView</name>
    <message>
        <location filename="../../console/admin/stations_view.py" line="18"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../console/admin/stations_view.py" line="18"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../console/admin/stations_view.py" line="19"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/admin/stations_view.py" line="19"/>
        <source>Last heard</source>
        <translation>最近心跳</translation>
    </message>
    <message>
        <location filename="../../console/admin/stations_view.py" line="20"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../console/admin/stations_view.py" line="20"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../console/admin/stations_view.py" line="21"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../../console/admin/stations_view.py" line="22"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../console/admin/stations_view.py" line="22"/>
        <source>Needs a look</source>
        <translation>需要查看</translation>
    </message>
    <message>
        <location filename="../../console/admin/stations_view.py" line="23"/>
        <source>Not heard from</source>
        <translation>失去联系</translation>
    </message>
    <message>
        <location filename="../../console/admin/stations_view.py" line="35"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../console/admin/stations_view.py" line="35"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../console/admin/stations_view.py" line="40"/>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <location filename="../../console/admin/stations_view.py" line="41"/>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <location filename="../../console/admin/stations_view.py" line="90"/>
        <source>Station %1: %2</source>
        <translation>站点 %1：%2</translation>
    </message>
    <message>
        <location filename="../../console/admin/stations_view.py" line="97"/>
        <source>Every station of the site that runs, as it last reported. Silent for %1: needs a look; for %2: not heard from.</source>
        <translation>本站点所有运行中的终端及其最近一次报告。静默 %1：需要查看；静默 %2：失去联系。</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../console/plans/dialogs.py" line="96"/>
        <source>Itinerary step</source>
        <translation>行程环节</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="97"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="107"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="108"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="117"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="118"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="119"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="120"/>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="122"/>
        <source>Remind before</source>
        <translation>提前提醒</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="140"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../console/plans/dialogs.py" line="141"/>
        <source>at</source>
        <translation>定时</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="37"/>
        <source>Notify host again</source>
        <translation>再次通知被访人</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="38"/>
        <source>Host is ready</source>
        <translation>被访人已就绪</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="39"/>
        <source>Must wait…</source>
        <translation>需等候…</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="41"/>
        <source>Host absent: waits…</source>
        <translation>被访人不在：等候…</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="43"/>
        <source>Leaves (message)…</source>
        <translation>离开（留言）…</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="44"/>
        <source>Host declines</source>
        <translation>被访人拒绝</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="45"/>
        <source>Host arrived</source>
        <translation>被访人已到</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="46"/>
        <source>Escorted out</source>
        <translation>已由被访人送出</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="47"/>
        <source>Back to desk</source>
        <translation>回到前台</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="48"/>
        <source>Seen out</source>
        <translation>前台已送出</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="49"/>
        <source>Check out</source>
        <translation>签出</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="50"/>
        <source>Reprint badge</source>
        <translation>补打访客证</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="55"/>
        <source>Host&apos;s answer</source>
        <translation>被访人答复</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="56"/>
        <source>Meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="57"/>
        <source>Desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="103"/>
        <source>Selected visit</source>
        <translation>所选来访</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="119"/>
        <source>Shortcut: %1</source>
        <translation>快捷键：%1</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="137"/>
        <source>Choose a visit in the list.</source>
        <translation>请在列表中选择一条来访。</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="141"/>
        <source>Room: %1</source>
        <translation>接待室：%1</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="150"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="187"/>
        <source>No room (waits in the lobby)</source>
        <translation>不用接待室（在大堂等候）</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="191"/>
        <source>Reception room</source>
        <translation>接待室</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="192"/>
        <source>Where does %1 wait?</source>
        <translation>%1 在哪里等候？</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="215"/>
        <source>The visitor leaves</source>
        <translation>访客离开</translation>
    </message>
    <message>
        <location filename="../../console/desk/visit_actions.py" line="216"/>
        <source>%1 will not wait. Their message for the host:</source>
        <translation>%1 不再等候。给被访人的留言：</translation>
    </message>
</context>
<context>
    <name>VisitRecords</name>
    <message>
        <location filename="../../console/common/visit_records.py" line="28"/>
        <source>No photo: the visitor declined.</source>
        <translation>无照片：访客拒绝拍照。</translation>
    </message>
    <message>
        <location filename="../../console/common/visit_records.py" line="29"/>
        <source>No photo: the kiosk has no camera.</source>
        <translation>无照片：自助机没有摄像头。</translation>
    </message>
    <message>
        <location filename="../../console/common/visit_records.py" line="30"/>
        <source>No photo: the kiosk&apos;s camera failed.</source>
        <translation>无照片：自助机摄像头故障。</translation>
    </message>
    <message>
        <location filename="../../console/common/visit_records.py" line="34"/>
        <source>ID read from the card</source>
        <translation>证件号由读卡器读取</translation>
    </message>
    <message>
        <location filename="../../console/common/visit_records.py" line="35"/>
        <source>ID typed by the visitor</source>
        <translation>证件号由访客输入</translation>
    </message>
    <message>
        <location filename="../../console/common/visit_records.py" line="134"/>
        <source>Signed %1 · version %2</source>
        <translation>签署于 %1 · 第 %2 版</translation>
    </message>
    <message>
        <location filename="../../console/common/visit_records.py" line="154"/>
        <source>Signed documents</source>
        <translation>已签署文件</translation>
    </message>
</context>
<context>
    <name>VisitorLog</name>
    <message>
        <location filename="../../console/log/log_texts.py" line="22"/>
        <source>Visit no.</source>
        <translation>登记号</translation>
    </message>
    <message>
        <location filename="../../console/log/log_texts.py" line="23"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../console/log/log_texts.py" line="24"/>
        <source>In</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../console/log/log_texts.py" line="25"/>
        <source>Out</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../../console/log/log_texts.py" line="26"/>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../console/log/log_texts.py" line="27"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/log/log_texts.py" line="28"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../console/log/log_texts.py" line="29"/>
        <location filename="../../console/log/log_texts.py" line="44"/>
        <source>ID number</source>
        <translation>证件号</translation>
    </message>
    <message>
        <location filename="../../console/log/log_texts.py" line="30"/>
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <location filename="../../console/log/log_texts.py" line="31"/>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../console/log/log_texts.py" line="32"/>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../console/log/log_texts.py" line="33"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/log/log_texts.py" line="37"/>
        <source>All history</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <location filename="../../console/log/log_texts.py" line="38"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../console/log/log_texts.py" line="39"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../console/log/log_texts.py" line="40"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../console/log/log_texts.py" line="41"/>
        <source>From – to</source>
        <translation>按日期</translation>
    </message>
    <message>
        <location filename="../../console/log/log_texts.py" line="43"/>
        <source>Mobile number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../console/log/log_texts.py" line="45"/>
        <source>Your role does not allow this. Please ask security or an administrator.</source>
        <translation>您的角色无权进行此操作，请联系保安或管理员。</translation>
    </message>
    <message>
        <location filename="../../console/log/log_texts.py" line="48"/>
        <source>Photo and documents…</source>
        <translation>照片与签署文件…</translation>
    </message>
    <message>
        <location filename="../../console/log/log_texts.py" line="49"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../console/log/log_texts.py" line="50"/>
        <source>Archive the day…</source>
        <translation>归档当日…</translation>
    </message>
    <message>
        <location filename="../../console/log/log_texts.py" line="51"/>
        <source>Reveal…</source>
        <translation>查看完整号码…</translation>
    </message>
    <message>
        <location filename="../../console/log/log_actions.py" line="143"/>
        <location filename="../../console/log/log_actions.py" line="146"/>
        <location filename="../../console/log/log_texts.py" line="52"/>
        <source>Mark confidential</source>
        <translation>标为保密</translation>
    </message>
    <message>
        <location filename="../../console/log/log_texts.py" line="53"/>
        <source>Not confidential</source>
        <translation>取消保密</translation>
    </message>
    <message>
        <location filename="../../console/log/log_dialogs.py" line="44"/>
        <source>Reveal a full number</source>
        <translation>查看完整号码</translation>
    </message>
    <message>
        <location filename="../../console/log/log_dialogs.py" line="52"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../console/log/log_dialogs.py" line="54"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../console/log/log_dialogs.py" line="67"/>
        <source>Why you need it, e.g. the host asks to call the visitor</source>
        <translation>查看原因，例如：被访人要求回电访客</translation>
    </message>
    <message>
        <location filename="../../console/log/log_dialogs.py" line="68"/>
        <source>%1 (%2). The full number is shown once; your name and reason are recorded.</source>
        <translation>%1（%2）。完整号码只显示一次；您的姓名和原因将被记录。</translation>
    </message>
    <message>
        <location filename="../../console/log/log_dialogs.py" line="45"/>
        <source>Reveal</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../console/log/log_actions.py" line="147"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../console/log/log_dialogs.py" line="83"/>
        <source>Full number</source>
        <translation>完整号码</translation>
    </message>
    <message>
        <location filename="../../console/log/log_dialogs.py" line="92"/>
        <source>This window closes by itself in a minute.</source>
        <translation>本窗口一分钟后自动关闭。</translation>
    </message>
    <message>
        <location filename="../../console/log/log_dialogs.py" line="93"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../console/log/log_dialogs.py" line="112"/>
        <source>Archive the day&apos;s log</source>
        <translation>归档当日登记表</translation>
    </message>
    <message>
        <location filename="../../console/log/log_dialogs.py" line="139"/>
        <source>The day&apos;s log is closed, saved as a PDF and handed over. A day is archived once.</source>
        <translation>当日登记表将封存、保存为 PDF 并交接。每天只能归档一次。</translation>
    </message>
    <message>
        <location filename="../../console/log/log_dialogs.py" line="120"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../console/log/log_dialogs.py" line="124"/>
        <source>Handed over to</source>
        <translation>交接给</translation>
    </message>
    <message>
        <location filename="../../console/log/log_dialogs.py" line="128"/>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <location filename="../../console/log/log_dialogs.py" line="141"/>
        <source>Who takes the log over, e.g. the security shift lead</source>
        <translation>接收人，例如：保安值班班长</translation>
    </message>
    <message>
        <location filename="../../console/log/log_dialogs.py" line="113"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../console/log/log_view.py" line="153"/>
        <location filename="../../console/log/log_view.py" line="294"/>
        <source>All hosts</source>
        <translation>全部被访人</translation>
    </message>
    <message>
        <location filename="../../console/log/log_view.py" line="166"/>
        <source>Signed: any or none</source>
        <translation>签署：不限</translation>
    </message>
    <message>
        <location filename="../../console/log/log_view.py" line="168"/>
        <source>Signed: %1</source>
        <translation>已签署：%1</translation>
    </message>
    <message>
        <location filename="../../console/log/log_view.py" line="224"/>
        <source>%1 · confidential</source>
        <translation>%1 · 保密</translation>
    </message>
    <message>
        <location filename="../../console/log/log_view.py" line="227"/>
        <source>%1 · card</source>
        <translation>%1 · 读卡</translation>
    </message>
    <message>
        <location filename="../../console/log/log_view.py" line="246"/>
        <source>No visits found</source>
        <translation>没有找到来访记录</translation>
    </message>
    <message>
        <location filename="../../console/log/log_view.py" line="250"/>
        <source>%1–%2 of more than %3 visits</source>
        <translation>第 %1–%2 条，共 %3 条以上</translation>
    </message>
    <message>
        <location filename="../../console/log/log_view.py" line="251"/>
        <source>%1–%2 of %3 visits</source>
        <translation>第 %1–%2 条，共 %3 条</translation>
    </message>
    <message>
        <location filename="../../console/log/log_view.py" line="284"/>
        <source>Visitor log</source>
        <translation>访客登记表</translation>
    </message>
    <message>
        <location filename="../../console/log/log_view.py" line="285"/>
        <source>Name, pinyin, mobile, company, host or visit no.</source>
        <translation>姓名、拼音、手机号、单位、被访人或登记号</translation>
    </message>
    <message>
        <location filename="../../console/log/log_view.py" line="295"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../console/log/log_view.py" line="300"/>
        <source>Show a full mobile or ID number: you give a reason, and it is recorded.</source>
        <translation>查看完整手机号或证件号：需填写原因，并会被记录。</translation>
    </message>
    <message>
        <location filename="../../console/log/log_view.py" line="302"/>
        <source>Only security and administrators will find this visit; to others it does not exist.</source>
        <translation>只有保安和管理员能查到此来访；对其他人而言它不存在。</translation>
    </message>
    <message>
        <location filename="../../console/log/log_view.py" line="303"/>
        <source>‹ Newer</source>
        <translation>‹ 较新</translation>
    </message>
    <message>
        <location filename="../../console/log/log_view.py" line="304"/>
        <source>Older ›</source>
        <translation>较早 ›</translation>
    </message>
    <message>
        <location filename="../../console/log/log_actions.py" line="38"/>
        <source>No photo or signed documents are kept for %1.</source>
        <translation>%1 没有保存照片或签署文件。</translation>
    </message>
    <message>
        <location filename="../../console/log/log_actions.py" line="48"/>
        <source>PDF, printable (*.pdf)</source>
        <translation>PDF，可打印 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../console/log/log_actions.py" line="48"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../console/log/log_actions.py" line="48"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV，可用 Excel 打开 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../console/log/log_actions.py" line="49"/>
        <source>Export the visitor log</source>
        <translation>导出访客登记表</translation>
    </message>
    <message>
        <location filename="../../console/log/log_actions.py" line="74"/>
        <source>Exported %1 visits to %2.</source>
        <translation>已导出 %1 条来访记录到 %2。</translation>
    </message>
    <message>
        <location filename="../../console/log/log_actions.py" line="103"/>
        <source>The log of %1 (%2 visits) is archived and handed over to %3.</source>
        <translation>%1 的登记表（%2 条）已归档并交接给 %3。</translation>
    </message>
    <message>
        <location filename="../../console/log/log_actions.py" line="128"/>
        <source>Full %1 of %2 shown; the reveal is recorded.</source>
        <translation>已显示 %2 的完整%1；本次查看已记录。</translation>
    </message>
    <message>
        <location filename="../../console/log/log_actions.py" line="144"/>
        <source>Mark the visit of %1 confidential? Afterwards only security and administrators can find it; you will not see it again.</source>
        <translation>将 %1 的来访标为保密？之后只有保安和管理员能查到，您将无法再看到它。</translation>
    </message>
    <message>
        <location filename="../../console/log/log_actions.py" line="167"/>
        <source>%1 is marked confidential.</source>
        <translation>%1 已标为保密。</translation>
    </message>
    <message>
        <location filename="../../console/log/log_actions.py" line="167"/>
        <source>%1 is no longer confidential.</source>
        <translation>%1 已取消保密。</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <location filename="../../console/desk/visits_model.py" line="25"/>
        <source>Host unknown: please find</source>
        <translation>被访人未知，请查找</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_model.py" line="28"/>
        <source>Visit no.</source>
        <translation>来访编号</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_model.py" line="29"/>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_model.py" line="30"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_model.py" line="31"/>
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_model.py" line="32"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_model.py" line="33"/>
        <source>Checked in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_model.py" line="34"/>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_model.py" line="35"/>
        <source>Host told</source>
        <translation>通知被访人</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_model.py" line="38"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_model.py" line="39"/>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_model.py" line="39"/>
        <source>Doctor told</source>
        <translation>已通知医生</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_model.py" line="43"/>
        <location filename="../../console/desk/visits_model.py" line="44"/>
        <source>Sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_model.py" line="45"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_model.py" line="46"/>
        <source>✗ Failed: call</source>
        <translation>✗ 失败：请致电</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_model.py" line="47"/>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location filename="../../console/desk/visits_model.py" line="232"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>WaitingView</name>
    <message>
        <location filename="../../console/desk/waiting_view.py" line="30"/>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../console/desk/waiting_view.py" line="31"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/desk/waiting_view.py" line="32"/>
        <source>Party</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../console/desk/waiting_view.py" line="33"/>
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <location filename="../../console/desk/waiting_view.py" line="34"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../console/desk/waiting_view.py" line="35"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/desk/waiting_view.py" line="36"/>
        <source>Room</source>
        <translation>接待室</translation>
    </message>
    <message>
        <location filename="../../console/desk/waiting_view.py" line="37"/>
        <source>Waited (min)</source>
        <translation>已等（分钟）</translation>
    </message>
    <message>
        <location filename="../../console/desk/waiting_view.py" line="38"/>
        <source>Host&apos;s answer</source>
        <translation>被访人回复</translation>
    </message>
    <message>
        <location filename="../../console/desk/waiting_view.py" line="41"/>
        <source>Standard</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../console/desk/waiting_view.py" line="42"/>
        <source>Senior</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../../console/desk/waiting_view.py" line="43"/>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location filename="../../console/desk/waiting_view.py" line="45"/>
        <source>Host unknown</source>
        <translation>被访人未知</translation>
    </message>
    <message>
        <location filename="../../console/desk/waiting_view.py" line="46"/>
        <source>Waiting longer than %1 min, the limit for this level</source>
        <translation>已等候超过 %1 分钟（该接待级别的上限）</translation>
    </message>
    <message>
        <location filename="../../console/desk/waiting_view.py" line="301"/>
        <source>Waiting</source>
        <translation>候客</translation>
    </message>
    <message>
        <location filename="../../console/desk/waiting_view.py" line="302"/>
        <source>Nobody is waiting.</source>
        <translation>目前没有等候的访客。</translation>
    </message>
    <message>
        <location filename="../../console/desk/waiting_view.py" line="310"/>
        <source>%1 waiting</source>
        <translation>%1 人等候</translation>
    </message>
    <message>
        <location filename="../../console/desk/waiting_view.py" line="312"/>
        <source>%1 over the limit</source>
        <translation>%1 人超时</translation>
    </message>
</context>
</TS>
